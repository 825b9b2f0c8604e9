/** @jest-environment jsdom */
/** The pane lists the diagnostics in the run summary's order (summaryRank): errors, what changes a score, other warnings, other info. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { diagnostic } from "../../src/engine/messages";
import { DiagnosticList } from "../../src/taskpane/components/DiagnosticList";
import { STRINGS } from "../../src/taskpane/strings/i18n";

describe("DiagnosticList's order", () => {
  it("puts a blank 倍数 that doubles a bonus (info) right after the errors, before a bigger flood of warnings", () => {
    const cores = ["区发改局", "区财政局", "区教育局"].map((unit, i) =>
      diagnostic("CORE_COUNT", { table: "Indicators", row: i + 2, unit }, { unit, count: 0, min: 1, max: 3 }),
    );
    const doubled = diagnostic(
      "BONUS_DEFAULT_MULTIPLIER",
      { table: "Bonuses", row: 2, unit: "区委组织部" },
      { unit: "区委组织部", approved: "1.5", multiplier: "2", points: "3" },
    );
    const rule = diagnostic("RULE_UNKNOWN", { table: "Rules", row: 3 }, { key: "bonus.capp", suggestion: "bonus.cap" });
    const error = diagnostic("VALUE_REQUIRED", { table: "Units", row: 5 }, { column: { en: "Unit", zh: "单位" } });
    render(
      <FluentProvider theme={webLightTheme}>
        <DiagnosticList lang="zh" strings={STRINGS.zh} diagnostics={[...cores, rule, doubled, error]} />
      </FluentProvider>,
    );
    const codes = [...document.querySelectorAll("[data-group]")].map((g) => g.getAttribute("data-code"));
    // Within a rank the biggest kind first: three CORE_COUNT before one RULE_UNKNOWN; the info that changes a score above both.
    expect(codes).toEqual(["VALUE_REQUIRED", "BONUS_DEFAULT_MULTIPLIER", "CORE_COUNT", "RULE_UNKNOWN"]);
  });
});
