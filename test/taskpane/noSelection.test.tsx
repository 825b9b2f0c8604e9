/**
 * @jest-environment jsdom
 *
 * A host with no open workbook (the web page, issue 19) gives the pane's
 * components no onSelectCell: every place they point at is then plain text,
 * with no button that would do nothing; the Excel host's links stay.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { formatAddress } from "../../src/engine/address";
import { FirstFix } from "../../src/taskpane/components/FirstFix";
import { Headline } from "../../src/taskpane/components/Headline";
import { RunSummary } from "../../src/taskpane/components/RunSummary";
import { STRINGS } from "../../src/taskpane/strings/i18n";
import { gradedResult } from "./fixtures";

const strings = STRINGS.en;
const located = gradedResult.diagnostics.filter((d) => d.at !== null).map((d) => formatAddress(d.at!));
const unit = gradedResult.units[0].unit;

function renderRun(onSelectCell?: (address: string) => void): HTMLElement {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <Headline lang="en" strings={strings} result={gradedResult} written stale={false} onSelectCell={onSelectCell} />
      <RunSummary lang="en" strings={strings} result={gradedResult} written onSelectCell={onSelectCell} />
    </FluentProvider>,
  );
  // Open every diagnostic group, so each item is shown.
  for (const b of screen.queryAllByRole("button", { expanded: false })) fireEvent.click(b);
  return container;
}

describe("the pane's components without cell selection", () => {
  it("the fixture points at cells", () => {
    expect(located.length).toBeGreaterThanOrEqual(3);
  });

  it("show each diagnostic's cell as text, with no go-to button", () => {
    const page = renderRun();
    expect(screen.queryAllByRole("button", { name: /^Go to / })).toEqual([]);
    expect(page.querySelectorAll("li[data-code]").length).toBe(gradedResult.diagnostics.length);
    for (const address of located) expect(page.textContent).toContain(address);
  });

  it("show the first fix's cell as text, or as a link that selects it", () => {
    const fix = gradedResult.diagnostics.find((d) => d.severity === "error" && d.at !== null)!;
    const address = formatAddress(fix.at!);
    const selected: string[] = [];
    const { rerender, container } = render(<FirstFix lang="en" strings={strings} fix={fix} />);
    expect(container.textContent).toBe(`${strings.firstFix} ${fix.message.en} ${address}`);
    expect(screen.queryByRole("button")).toBeNull();
    rerender(<FirstFix lang="en" strings={strings} fix={fix} onSelectCell={(a) => selected.push(a)} />);
    fireEvent.click(screen.getByRole("button", { name: strings.goToCell(address) }));
    expect(selected).toEqual([address]);
  });

  it("name units and the output sheets without links", () => {
    renderRun();
    expect(screen.queryAllByRole("button", { name: strings.openUnit(unit) })).toEqual([]);
    expect(screen.getAllByText(unit).length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: strings.resultsSheet })).toBeNull();
    expect(screen.getByText(strings.resultsSheet)).toBeTruthy();
  });

  it("keep their links in a host that selects cells (the Excel add-in)", () => {
    const selected: string[] = [];
    renderRun((address) => selected.push(address));
    fireEvent.click(screen.getByRole("button", { name: strings.goToCell(located[0]) }));
    fireEvent.click(screen.getByRole("button", { name: strings.openUnit(unit) }));
    fireEvent.click(screen.getByRole("button", { name: strings.resultsSheet }));
    expect(selected).toHaveLength(3);
    expect(selected[0]).toBe(located[0]);
  });
});
