/**
 * The WPS 表格 add-in end to end in a real browser (issue 22, must-show 4):
 * Debian's Chromium, driven by playwright-core, loads the add-in's own
 * pages as `npm run build:wps` builds them (webpack.wps.config.js: the
 * folder appraise_<version>/ with ribbon.xml, index.html, taskpane.html),
 * over a fake WPS (test/e2e/wpsPage) in place of WPS's `wps` global, holding
 * the demo workbook (the reference plan's 45 units, seeded). The fake reads
 * ribbon.xml and calls the main page's ribbon callbacks as WPS does, and
 * shows a task pane the add-in makes with `wps.CreateTaskPane(url)` in a
 * frame beside a plain grid.
 *
 * Served from 127.0.0.1; every other request is refused and fails the test,
 * as does any console error or page error in any frame (helpers/browser.ts
 * openWatched). The expected results come from grade() on the same demo
 * tables, here in Node (helpers/demo.ts). axe-core checks the pane's frame.
 *
 * Takes the screenshots wps-graded-{zh,en}.png (helpers/screenshots.ts): the
 * fake WPS window, the pane docked on the right.
 */
import type { Frame, Page } from "playwright-core";
import { grade } from "../../src/engine/grade";
import { TABLES } from "../../src/engine/tables";
import type { GradeResult, Lang, TableGrid } from "../../src/engine/types";
import { RESULTS_TOP } from "../../src/taskpane/state/resultsAddress";
import { STRINGS } from "../../src/taskpane/strings/i18n";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { columnLetters } from "../fakeExcel";
import { expectNoAxeViolations } from "./helpers/axe";
import { suite } from "./helpers/browser";
import { EXPECTED, KNOWN_UNIT, expectCategorySummary, expectNoSidewaysScroll, expectResults, expectTablesListed, recompute } from "./helpers/demo";
import { selectionOf } from "./helpers/fakeWorkbook";
import { screenshot } from "./helpers/screenshots";
import { ADDIN_FOLDER, wpsFake, wpsHarness } from "./helpers/wpsHarness";
import { workbookTables } from "./page/workbooks";

const harness = wpsHarness();
const SUITE = "the WPS 表格 add-in in Chromium over a fake WPS";

/** The ribbon's buttons (ribbon.xml's ids, the shared contract of issue 22) and their labels in WPS's UI language. */
const RIBBON = {
  recompute: { id: "appraiseRecompute", zh: "重新计算", en: "Recompute" },
  pane: { id: "appraiseShowPane", zh: "考评窗格", en: "Appraisal pane" },
} as const;

/** The pane's frame, once the add-in has shown it: the page WPS docks beside the sheet. */
async function paneFrame(page: Page): Promise<Frame> {
  const element = await page.locator("iframe[data-wps-taskpane]:not([hidden])").elementHandle();
  const frame = await element?.contentFrame();
  if (frame == null) throw new Error("No task pane frame");
  await frame.waitForLoadState();
  return frame;
}

/** Presses a button of the add-in's tab on the fake ribbon. */
const press = (page: Page, button: keyof typeof RIBBON, lang: Lang) =>
  page.locator(`#wps-ribbon button[data-wps-control="${RIBBON[button].id}"]`, { hasText: RIBBON[button][lang] }).click();

/** Waits until Results holds `rows` rows (a run writes everything in one synchronous task, so the whole write is done then). */
const resultsWritten = (page: Page, rows = EXPECTED.units.length) =>
  page.waitForFunction(`(window.__appraiseWps.tableInfo("Results")?.rows.length ?? 0) === ${rows}`);

/** The demo with one score changed as a user would type it, its cell and what grade() makes of it. */
function editedDemo(): { address: string; old: number; value: number; expected: GradeResult } {
  const tables = workbookTables("demo");
  const indicators = tables.find((t) => t.name === "Indicators") as TableGrid;
  const decl = TABLES.find((t) => t.name === "Indicators");
  const score = indicators.header.findIndex((h) => h === "Score" || h === decl?.columns.find((c) => c.name === "Score")?.zh);
  const row = indicators.rows.findIndex((r) => r[0] === KNOWN_UNIT);
  const old = Number(indicators.rows[row][score]);
  const value = old >= 5 ? old - 5 : old + 5;
  const rows = indicators.rows.map((r, i) => (i === row ? r.map((v, c) => (c === score ? value : v)) : r));
  const address = `${indicators.sheet}!${columnLetters(indicators.firstColumn - 1 + score)}${indicators.headerRow + 1 + row}`;
  return { address, old, value, expected: grade({ tables: tables.map((t) => (t === indicators ? { ...indicators, rows } : t)) }) };
}

suite(SUITE, () => {
  it("in Chinese: 重新计算 on the ribbon grades the demo without a pane; 考评窗格 docks the pane, which grades; a typed score puts it out of date; its Recompute, or the ribbon's, brings it up to date; the pane's links select in the sheet", async () => {
    const { page } = await harness.openWps("zh");
    const strings = STRINGS.zh;
    expect(await wpsFake(page, "languageId")).toBe(2052);

    // The ribbon WPS reads from the add-in's ribbon.xml: both buttons, labelled in Chinese, with their icons.
    await page.locator("#wps-ribbon button").first().waitFor();
    const buttons = await wpsFake(page, "ribbonButtons");
    expect(buttons.map((b) => [b.id, b.label])).toEqual([
      [RIBBON.recompute.id, RIBBON.recompute.zh],
      [RIBBON.pane.id, RIBBON.pane.zh],
    ]);
    expect(buttons.every((b) => b.image.includes(`/${ADDIN_FOLDER}/`))).toBe(true);

    // (a) 重新计算: Results holds the 45 graded units as grade() gives them, and no pane was opened.
    await press(page, "recompute", "zh");
    await resultsWritten(page);
    expectResults(await wpsFake(page, "tableInfo", "Results"), "zh");
    expect(await wpsFake(page, "sheetNames")).toEqual(expect.arrayContaining(["考评结果", "校验提示", "运行记录"]));
    expect(await wpsFake(page, "tableInfo", "RunLog").then((t) => t?.rows.length)).toBe(1);
    expect(await wpsFake(page, "taskPanes")).toEqual([]);

    // (b) 考评窗格: the pane docks beside the sheet, the add-in's own taskpane.html beside index.html.
    await press(page, "pane", "zh");
    const panes = await wpsFake(page, "taskPanes");
    expect(panes).toEqual([{ id: expect.any(Number), url: expect.stringMatching(new RegExp(`/${ADDIN_FOLDER}/taskpane\\.html$`)), visible: true }]);
    const pane = await paneFrame(page);
    await pane.getByRole("heading", { name: strings.appTitle, level: 1 }).waitFor();
    expect(await pane.evaluate("document.documentElement.lang")).toMatch(/^zh/);
    await expectTablesListed(pane, "zh");
    await recompute(pane, "zh");
    await expectCategorySummary(pane, "zh");
    expectResults(await wpsFake(page, "tableInfo", "Results"), "zh");
    expect(await wpsFake(page, "tableInfo", "RunLog").then((t) => t?.rows.length)).toBe(2);
    await expectNoSidewaysScroll(pane);
    await expectNoAxeViolations(pane);
    // The headline's 考评结果 link shows Results in the sheet (Worksheet.Activate, then Range.Select).
    await pane.locator('[data-headline="graded"]').getByRole("button", { name: strings.resultsSheet, exact: true }).click();
    await page.waitForFunction(`window.__appraiseWps.selection()?.sheet === ${JSON.stringify(OUTPUT_SHEETS.results.sheet)}`);
    expect(await wpsFake(page, "selection")).toEqual(selectionOf(RESULTS_TOP));
    await screenshot(page, "graded", "zh", "wps");

    // (c) A user types a score into 指标考核: the pane says the results are out of date.
    const edit = editedDemo();
    const composite = (r: GradeResult) => r.units.find((u) => u.unit === KNOWN_UNIT)?.composite;
    expect(composite(edit.expected)).not.toBe(composite(EXPECTED));
    await wpsFake(page, "userEdit", edit.address, edit.value);
    await pane.getByText(strings.staleTitle, { exact: true }).waitFor();

    // (d) Recompute from the pane: the notice goes, and Results holds the edited workbook's grades.
    await pane.getByRole("button", { name: strings.recompute, exact: true }).click();
    await pane.getByText(strings.staleTitle, { exact: true }).waitFor({ state: "detached" });
    await page.waitForFunction(`window.__appraiseWps.tableInfo("RunLog")?.rows.length === 3`);
    expectResults(await wpsFake(page, "tableInfo", "Results"), "zh", edit.expected);

    // The score typed back, then 重新计算 on the ribbon while the pane is open: the pane learns of that run (its RunLog row), and is up to date again.
    await wpsFake(page, "userEdit", edit.address, edit.old);
    await pane.getByText(strings.staleTitle, { exact: true }).waitFor();
    await press(page, "recompute", "zh");
    await pane.getByText(strings.staleTitle, { exact: true }).waitFor({ state: "detached" });
    expect(await wpsFake(page, "tableInfo", "RunLog").then((t) => t?.rows.length)).toBe(4);
    expectResults(await wpsFake(page, "tableInfo", "Results"), "zh");

    // A second click on 考评窗格 hides the same pane (its ID kept in PluginStorage), a third shows it again.
    await press(page, "pane", "zh");
    expect(await wpsFake(page, "taskPanes")).toEqual([{ ...panes[0], visible: false }]);
    await press(page, "pane", "zh");
    expect(await wpsFake(page, "taskPanes")).toEqual(panes);
  }, 120_000);

  it("a ribbon run that cannot write (a sheet of the user's named 考评结果) shows the pane the user had hidden, saying why, and leaves the user's sheet as it was", async () => {
    const { page } = await harness.openWps("zh");
    const strings = STRINGS.zh;
    await page.locator("#wps-ribbon button").first().waitFor();
    // The pane opened, then hidden by the user (考评窗格 twice).
    await press(page, "pane", "zh");
    await (await paneFrame(page)).getByRole("heading", { name: strings.appTitle, level: 1 }).waitFor();
    await press(page, "pane", "zh");
    const [hidden] = await wpsFake(page, "taskPanes");
    expect(hidden.visible).toBe(false);

    await wpsFake(page, "userAddSheet", OUTPUT_SHEETS.results.sheet, "我的汇总");
    await press(page, "recompute", "zh");
    const pane = await paneFrame(page);
    const conflict = pane.getByTestId("output-conflict");
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(strings.conflictTitle);
    expect(await wpsFake(page, "taskPanes")).toEqual([{ ...hidden, visible: true }]);
    // Nothing written: the user's sheet holds what they typed, and Appraise made none of its sheets.
    expect(await wpsFake(page, "readSheet", OUTPUT_SHEETS.results.sheet)).toEqual([["我的汇总"]]);
    expect(await wpsFake(page, "sheetNames")).not.toContain(OUTPUT_SHEETS.runlog.sheet);
    await expectNoAxeViolations(pane);
  }, 120_000);

  it("installed offline (the add-in's folder opened from disk, as WPS's jsaddons mode loads it): 重新计算 grades, and the pane, loaded from beside index.html, grades", async () => {
    const { page } = await harness.openWps("zh", "demo", "folder");
    expect(page.url()).toMatch(new RegExp(`^file://.*/${ADDIN_FOLDER}/index\\.html\\?`));
    await page.locator("#wps-ribbon button").first().waitFor();
    await press(page, "recompute", "zh");
    await resultsWritten(page);
    expectResults(await wpsFake(page, "tableInfo", "Results"), "zh");
    await press(page, "pane", "zh");
    expect(await wpsFake(page, "taskPanes")).toEqual([
      expect.objectContaining({ url: expect.stringMatching(new RegExp(`^file://.*/${ADDIN_FOLDER}/taskpane\\.html$`)), visible: true }),
    ]);
    const pane = await paneFrame(page);
    await expectTablesListed(pane, "zh");
    await recompute(pane, "zh");
    await expectCategorySummary(pane, "zh");
    expect(await wpsFake(page, "tableInfo", "RunLog").then((t) => t?.rows.length)).toBe(2);
  }, 120_000);

  it("in English (WPS's UI language 1033): the ribbon and the pane in English; Recompute automatically grades a typed score", async () => {
    const { page } = await harness.openWps("en");
    const strings = STRINGS.en;
    expect(await wpsFake(page, "languageId")).toBe(1033);
    await page.locator("#wps-ribbon button").first().waitFor();
    expect((await wpsFake(page, "ribbonButtons")).map((b) => b.label)).toEqual([RIBBON.recompute.en, RIBBON.pane.en]);

    await press(page, "pane", "en");
    const pane = await paneFrame(page);
    await pane.getByRole("heading", { name: strings.appTitle, level: 1 }).waitFor();
    expect(await pane.evaluate("document.documentElement.lang")).toMatch(/^en/);
    await expectTablesListed(pane, "en");
    await recompute(pane, "en");
    await expectCategorySummary(pane, "en");
    expectResults(await wpsFake(page, "tableInfo", "Results"), "en");
    await expectNoAxeViolations(pane);
    await pane.locator('[data-headline="graded"]').getByRole("button", { name: strings.resultsSheet, exact: true }).click();
    await page.waitForFunction(`window.__appraiseWps.selection()?.sheet === ${JSON.stringify(OUTPUT_SHEETS.results.sheet)}`);
    await screenshot(page, "graded", "en", "wps");

    // Recompute automatically: a typed score is graded with no press, from SheetChange alone.
    await pane.getByRole("switch", { name: strings.autoRecompute }).check();
    const edit = editedDemo();
    await wpsFake(page, "userEdit", edit.address, edit.value);
    await page.waitForFunction(`window.__appraiseWps.tableInfo("RunLog")?.rows.length === 2`);
    expectResults(await wpsFake(page, "tableInfo", "Results"), "en", edit.expected);
  }, 120_000);
});
