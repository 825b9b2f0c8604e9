/**
 * Issue 17, item 7: the letters go to the units and the notice to the
 * district, so (SPEC section 6, revised) a letter gives the unit's findings as
 * plain sentences, no cell address or row of the office's workbook; its
 * margin line tells a unit below the threshold the points to reach it and a
 * vetoed unit what the veto cost; it leaves out findings about later events
 * (APPEAL_LATE); and the 考评通报 marks a vetoed unit "三等（一票否决）".
 * Laid out from a graded run, in both languages.
 */
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputGrids, type InputTable, type InputValue } from "../../src/cli/inputTables";
import { Decimal } from "../../src/engine/decimal";
import { grade } from "../../src/engine/grade";
import { diagnostic, isLaterEvent, MESSAGES, type DiagnosticCode } from "../../src/engine/messages";
import type { GradeResult, Lang, UnitResult } from "../../src/engine/types";
import { buildAnnouncement } from "../../src/workbook/print/announcement";
import { buildFeedbackLetters } from "../../src/workbook/print/feedbackLetters";
import type { PrintRow, PrintSheetPlan } from "../../src/workbook/print/printPlan";
import { APPEALED, BELOW_THRESHOLD, DUPLICATED, letterScenario, RANKED_AFTER_IT, VETOED_FIRST, VETOED_TO_THIRD } from "../helpers/letterScenario";

const result: GradeResult = grade(inputGrids(letterScenario(buildDemoTables())));
const unit = (name: string): UnitResult => result.units.find((u) => u.unit === name) as UnitResult;

/** Every text of a plan, line by line (a table row's cells joined by " | "). */
const texts = (rows: readonly PrintRow[]): string[] =>
  rows.map((r) => ("span" in r ? String(r.span.value ?? "") : r.cells.map((c) => String(c.value ?? "")).join(" | ")));

/** The letter of one unit: its page's lines. */
function letterOf(name: string, lang: Lang, of: GradeResult = result): string[] {
  const plan: PrintSheetPlan = buildFeedbackLetters(of, lang);
  const assessed = of.units.filter((u) => u.assessed);
  const i = assessed.findIndex((u) => u.unit === name);
  const ends = [...plan.pageBreaksAfter, plan.rows.length - 1];
  return texts(plan.rows.slice(i === 0 ? 0 : (ends[i - 1] as number) + 1, (ends[i] as number) + 1));
}

/** A workbook place: a sheet-qualified cell ("考评对象!A4", "'x'!$B$2") or a sheet or table row ("第 6 行", "row 6"). */
const PLACE = /[!！]\$?[A-Z]{1,3}\$?\d|第\s*\d+\s*行|\brows? \d/;

describe("the scenario", () => {
  it("has what the tests need: two vetoes, a unit below 900, a late appeal, a duplicate listing", () => {
    expect(unit(VETOED_TO_THIRD)).toMatchObject({ tier: "third", vetoedFrom: "second", rank: 7 });
    expect(unit(RANKED_AFTER_IT)).toMatchObject({ tier: "second", rank: 8 });
    expect(unit(VETOED_FIRST)).toMatchObject({ tier: "second", vetoedFrom: "first" });
    expect(unit(BELOW_THRESHOLD)).toMatchObject({ tier: "unqualified", vetoedFrom: null, composite: "885.71" });
    const codes = (name: string) => result.diagnostics.filter((d) => d.unit === name).map((d) => d.code);
    expect(codes(APPEALED)).toEqual(expect.arrayContaining(["APPEAL_LATE", "PENALTY_OUTSIDE_PERIOD"]));
    expect(codes(DUPLICATED)).toContain("UNIT_DUPLICATE");
    // The office's own list (the Warnings sheet's messages) still names the row and the cell.
    const duplicate = result.diagnostics.find((d) => d.code === "UNIT_DUPLICATE");
    expect(duplicate?.message.zh).toMatch(/首次在第 \d+ 行/);
    expect(duplicate?.cell).toMatch(/^考评对象!A\d+$/);
  });
});

describe.each(["zh", "en"] as const)("the feedback letters (%s)", (lang) => {
  const letters = texts(buildFeedbackLetters(result, lang).rows);

  it("name no cell and no row of the office's workbook, and give each finding as its plain sentence", () => {
    expect(letters.filter((l) => PLACE.test(l) || l.includes("考评对象!"))).toEqual([]);
    for (const d of result.diagnostics) if (d.cell !== null) expect(letters.join("\n")).not.toContain(d.cell);
    const dup = result.diagnostics.find((d) => d.code === "UNIT_DUPLICATE")!;
    expect(letterOf(DUPLICATED, lang)).toContain(
      lang === "zh" ? `单位“${DUPLICATED}”在考评对象表中重复出现，该单位不予评定。` : `Unit "${DUPLICATED}" is listed twice in Units; it is not graded.`,
    );
    expect(letterOf(DUPLICATED, lang)).not.toContain(dup.message[lang]);
    // Its explanation (in Results: "未评定：考评对象!A47 …（首次在第 34 行）…") gives the same sentence.
    expect(letterOf(DUPLICATED, lang)).toContain(
      lang === "zh"
        ? `说明：未评定：单位“${DUPLICATED}”在考评对象表中重复出现，该单位不予评定。`
        : `Explanation: Not graded: Unit "${DUPLICATED}" is listed twice in Units; it is not graded.`,
    );
    expect(unit(DUPLICATED).explanation[lang]).toContain(dup.cell as string);
    // A finding whose message names no place is given as it stands, with no address before it.
    const outside = result.diagnostics.find((d) => d.code === "PENALTY_OUTSIDE_PERIOD" && d.unit === APPEALED)!;
    expect(letterOf(APPEALED, lang)).toContain(outside.message[lang]);
  });

  it("tell a unit below the threshold the points to reach it, not the gap to the next tier", () => {
    const u = unit(BELOW_THRESHOLD);
    const points = new Decimal(900).minus(u.composite as string).toFixed(2); // 14.29
    expect(points).toBe("14.29");
    const letter = letterOf(BELOW_THRESHOLD, lang);
    expect(letter).toContain(lang === "zh" ? `与合格线（900 分）的差距：${points} 分` : `Points to reach the threshold of 900: ${points}`);
    expect(u.margin).not.toBeNull(); // the engine's margin (SPEC §4) is still there, in Results and the JSON
    expect(letter.join("\n")).not.toContain(u.margin as string);
  });

  it("tell a vetoed unit what the veto cost, not the gap to the next tier", () => {
    const third = letterOf(VETOED_TO_THIRD, lang);
    expect(third).toContain(lang === "zh" ? "一票否决（党风廉政建设）：由二等降为三等" : "Veto (党风廉政建设): lowered from Second to Third");
    expect(third).toContain(lang === "zh" ? "一票否决：党风廉政建设，发生违纪违法案件" : "Veto: 党风廉政建设, 发生违纪违法案件");
    expect(third.join("\n")).not.toContain(lang === "zh" ? "与上一等次的差距" : "Points to the next better tier");
    expect(letterOf(VETOED_FIRST, lang)).toContain(lang === "zh" ? "一票否决（安全生产）：由一等降为二等" : "Veto (安全生产): lowered from First to Second");
    // An ordinary second-tier unit keeps the gap to the first tier.
    const plain = unit(RANKED_AFTER_IT);
    expect(letterOf(RANKED_AFTER_IT, lang)).toContain(
      lang === "zh" ? `与上一等次的差距：${plain.margin} 分` : `Points to the next better tier: ${plain.margin}`,
    );
  });

  it("leave out the findings about a later event (APPEAL_LATE)", () => {
    const late = result.diagnostics.find((d) => d.code === "APPEAL_LATE")!;
    expect(late.unit).toBe(APPEALED);
    const letter = letterOf(APPEALED, lang).join("\n");
    expect(letter).not.toContain(late.message[lang]);
    expect(letter).not.toContain(late.letter[lang]);
    expect(letter).not.toContain(lang === "zh" ? "复核申请 2017" : "The appeal of");
  });
});

describe("the margin line, beyond the scenario", () => {
  const withRule = (tables: InputTable[], key: string, value: string): InputTable[] =>
    tables.map((t) => (t.decl.name === "Rules" ? { ...t, rows: t.rows.map((r) => (r[0] === key ? [key, value, r[2] ?? null] : r)) } : t));
  const vetoRow = (tables: InputTable[], row: InputValue[]): InputTable[] =>
    tables.map((t) => (t.decl.name === "Vetoes" ? { ...t, rows: [...t.rows, row] } : t));
  it("measures to the threshold the Rules set, exactly", () => {
    const r = grade(inputGrids(withRule(letterScenario(buildDemoTables()), "tier.threshold", "887.5")));
    expect(r.units.find((u) => u.unit === BELOW_THRESHOLD)?.tier).toBe("unqualified");
    expect(texts(buildFeedbackLetters(r, "zh").rows)).toContain("与合格线（887.5 分）的差距：1.79 分");
  });

  it("gives a vetoed unit below the threshold both: the points to reach it, and that the veto left it 不合格", () => {
    const r = grade(inputGrids(vetoRow(letterScenario(buildDemoTables()), [BELOW_THRESHOLD, "安全生产", ""])));
    const u = r.units.find((x) => x.unit === BELOW_THRESHOLD);
    expect(u).toMatchObject({ tier: "unqualified", vetoedFrom: "unqualified" });
    const letter = letterOf(BELOW_THRESHOLD, "zh", r);
    expect(letter).toContain("与合格线（900 分）的差距：14.29 分");
    expect(letter).toContain("一票否决（安全生产）：已是不合格，等次不变");
    const table = buildAnnouncement(r, "zh").rows.find((x) => "cells" in x && x.cells[1]?.value === BELOW_THRESHOLD);
    expect(table && "cells" in table ? table.cells[3]?.value : null).toBe("不合格（一票否决）");
  });
});

describe("a code whose message names a row", () => {
  it.each([
    ["UNIT_DUPLICATE", diagnostic("UNIT_DUPLICATE", { table: "Units", row: 9, unit: "区民政局" }, { unit: "区民政局", first: 6 })],
    [
      "SATISFACTION_DUPLICATE",
      diagnostic("SATISFACTION_DUPLICATE", { table: "Satisfaction", row: 9, unit: "区民政局" }, { unit: "区民政局", kind: "public", first: 6 }),
    ],
  ])("%s: the office reads the row, the unit's letter does not", (_code, d) => {
    expect(d.message.zh).toContain("首次在第 6 行");
    expect(d.message.en).toContain("first on row 6");
    for (const lang of ["zh", "en"] as const) {
      expect(d.letter[lang]).not.toMatch(PLACE);
      expect(d.letter[lang]).toContain("区民政局");
    }
  });

  it("is the exception: any other code's letter sentence is its message", () => {
    const d = diagnostic("BONUS_CAPPED", { table: "Units", row: 1, unit: "区发改局" }, { unit: "区发改局", total: "15", cap: "10" });
    expect(d.letter).toEqual(d.message);
  });
});

describe("findings about later events", () => {
  it("are declared once, on the code: APPEAL_LATE alone", () => {
    const later = (Object.keys(MESSAGES) as DiagnosticCode[]).filter((code) => isLaterEvent({ code }));
    expect(later).toEqual(["APPEAL_LATE"]);
  });
});

describe.each([
  ["zh", "三等（一票否决）", "（一票否决）", "三等", "二等"],
  ["en", "Third (veto)", " (veto)", "Third", "Second"],
] as const)("the announcement (%s)", (lang, thirdVetoed, mark, third, second) => {
  const plan = buildAnnouncement(result, lang);
  const row = (name: string) => plan.rows.find((r) => "cells" in r && r.cells[1]?.value === name);
  const cellsOf = (name: string) => {
    const r = row(name);
    return r && "cells" in r ? r.cells.map((c) => c.value) : null;
  };

  it("marks a vetoed unit's tier in the table, so a reader sees why it stands below a unit ranked after it", () => {
    expect(cellsOf(VETOED_TO_THIRD)).toEqual([7, VETOED_TO_THIRD, Number(unit(VETOED_TO_THIRD).composite), thirdVetoed]);
    expect(cellsOf(RANKED_AFTER_IT)).toEqual([8, RANKED_AFTER_IT, Number(unit(RANKED_AFTER_IT).composite), second]);
    expect(cellsOf(VETOED_FIRST)?.[3]).toBe(`${second}${mark}`);
    expect(cellsOf(BELOW_THRESHOLD)?.[3]).toBe(lang === "zh" ? "不合格" : "Unqualified");
  });

  it("marks a vetoed unit in its tier line too, and no other unit", () => {
    const lines = texts(plan.rows);
    const thirdLine = lines.find((l) => l.startsWith(lang === "zh" ? `${third}（` : `${third} (`) && l.includes(VETOED_TO_THIRD));
    expect(thirdLine).toContain(`${VETOED_TO_THIRD}${mark}`);
    const marked = lines
      .filter((l) => !l.includes(" | "))
      .flatMap((l) => [...l.matchAll(new RegExp(`([^、,：: ]+)${mark.replace(/[()]/g, "\\$&")}`, "g"))].map((m) => m[1]));
    expect(marked.sort()).toEqual([VETOED_FIRST, VETOED_TO_THIRD].sort());
  });
});
