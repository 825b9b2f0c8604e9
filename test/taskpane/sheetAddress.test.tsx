/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { cellRange } from "../../src/engine/address";
import { SheetAddress, type SheetAddressProps } from "../../src/taskpane/components/SheetAddress";

/** The text shown, and the part of it in the monospace span. */
function shown(props: SheetAddressProps): { text: string; mono: string | null } {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <SheetAddress {...props} />
    </FluentProvider>,
  );
  const root = container.firstElementChild as HTMLElement;
  return { text: root.textContent ?? "", mono: root.querySelector("span")?.textContent ?? null };
}

describe("SheetAddress", () => {
  it.each([
    [{ at: cellRange("指标考核", 6, 6) }, "指标考核!F6", "F6"],
    [{ at: { sheet: "My sheet", row: 1, column: 1, lastRow: 1, lastColumn: 6 } }, "'My sheet'!A1:F1", "A1:F1"],
    [{ address: "考评结果!N5" }, "考评结果!N5", "N5"],
    [{ address: "'It''s'!B2" }, "'It''s'!B2", "B2"],
  ] as const)("shows %j as %s, the reference in monospace", (props, text, mono) => {
    expect(shown(props)).toEqual({ text, mono });
  });

  it("shows text that is not a sheet address as it is", () => {
    expect(shown({ address: "B2" })).toEqual({ text: "B2", mono: null });
  });
});
