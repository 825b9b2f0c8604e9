/**
 * The task pane end to end in a real browser: Debian's Chromium, driven by
 * playwright-core, opens the add-in's own page (src/taskpane/index.tsx and the
 * ribbon command, over createOfficePane → createPaneApi → createExcelPort)
 * with the fake Excel host in place of Office, holding the demo workbook (the
 * reference plan's 45 units, seeded). See test/e2e/page.
 *
 * The page is built by webpack.e2e.config.js into a temporary directory and
 * served from 127.0.0.1; every other request is refused and fails the test,
 * as does any console error or page error (helpers/browser.ts). The expected
 * results come from grade() on the same demo tables, here in Node
 * (helpers/demo.ts).
 *
 * Besides the demo, the page can hold the partly graded and the mistakes
 * workbooks (test/e2e/page/workbooks.ts, `?workbook=`). axe-core (npm
 * package, pinned) checks each pane in the page (helpers/axe.ts).
 *
 * Takes the screenshots taskpane-{graded,partial,none}-{zh,en}.png
 * (helpers/screenshots.ts).
 *
 * One flow per describe block; the page is built and Chromium launched once
 * for them all (paneHarness).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { CODE_TITLES } from "../../src/engine/codeTitles";
import { groupDiagnostics } from "../../src/engine/groupDiagnostics";
import type { Lang } from "../../src/engine/types";
import { sheetRowOf } from "../../src/engine/sheetRow";
import { STRINGS } from "../../src/taskpane/strings/i18n";
import { tableLabel } from "../../src/taskpane/state/inputTables";
import { OUTPUT_SHEETS } from "../../src/workbook/port";
import { RESULTS_COLUMNS } from "../../src/workbook/outputs";
import { expectNoAxeViolations } from "./helpers/axe";
import { PANE, paneHarness, suite } from "./helpers/browser";
import {
  COL,
  EXPECTED,
  FIRST_SCREEN_GROUPS,
  KNOWN_UNIT,
  MISTAKES,
  PARTIAL,
  expectCategorySummary,
  expectNoSidewaysScroll,
  expectResultsWritten,
  expectTablesListed,
  recompute,
  recomputeTo,
} from "./helpers/demo";
import { expectSelected, fake, selectionOf } from "./helpers/fakeWorkbook";
import { screenshot } from "./helpers/screenshots";
import type { FakeSelection } from "./page/fakeApi";
import { PARTIAL_UNGRADED, TEXT_SCORES } from "./page/workbooks";

const harness = paneHarness();
const { openPane } = harness;
const SUITE = "the task pane in Chromium over the fake Excel host";

/** Top and bottom of each diagnostic group, in CSS pixels from the top of the viewport. */
const groupBoxes = (page: Page): Promise<[number, number][]> =>
  page.evaluate(`[...document.querySelectorAll("[data-group]")].map((e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; })`) as Promise<
    [number, number][]
  >;

suite(`${SUITE}: the demo workbook, graded`, () => {
  it("in Chinese: lists the tables, recomputes, writes Results, shows tiers against quotas, and jumps to a warning's cell", async () => {
    const { page } = await openPane("zh");
    const strings = STRINGS.zh;
    expect(await fake(page, "displayLanguage")).toBe("zh-CN");
    await page.getByRole("heading", { name: strings.appTitle, level: 1 }).waitFor();
    await expectTablesListed(page, "zh");

    await recompute(page, "zh");
    await expectResultsWritten(page, "zh");
    expect(await fake(page, "sheetNames")).toEqual(expect.arrayContaining(["考评结果", "校验提示"]));
    // The headline: every unit graded, a tick, and links to the sheets written.
    const headline = page.locator('[data-headline="graded"]');
    expect(await headline.isVisible()).toBe(true);
    expect(await headline.locator('[data-icon="graded"]').count()).toBe(1);
    expect(await headline.getByRole("button", { name: strings.resultsSheet, exact: true }).isVisible()).toBe(true);
    await expectCategorySummary(page, "zh");
    await expectNoSidewaysScroll(page);
    await screenshot(page, "graded", "zh");

    // A warning from the list: the Warnings tab, then its "转到 …" link selects its cell in the workbook.
    const warnings = EXPECTED.diagnostics.filter((d) => d.severity === "warning");
    const warning = warnings.find((d) => d.cell !== null);
    if (warning?.cell == null) throw new Error("The demo workbook should have a warning with a cell");
    await page.getByRole("tab", { name: `${strings.severityPlural.warning} ${warnings.length}` }).click();
    const group = page.locator(`[data-group][data-code="${warning.code}"]`);
    await group.getByRole("button", { expanded: false }).click();
    await group
      .getByRole("button", { name: strings.goToCell(warning.cell), exact: true })
      .first()
      .click();
    const bang = warning.cell.lastIndexOf("!");
    const target: FakeSelection = {
      sheet: warning.cell
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'"),
      range: warning.cell.slice(bang + 1).replace(/\$/g, ""),
    };
    await page.waitForFunction("window.__appraiseFake.selection() !== null");
    expect(await fake(page, "selection")).toEqual(target);
    expect(await fake(page, "activeSheet")).toBe(target.sheet);
    await expectNoAxeViolations(page);
  }, 60_000);

  it("in English: the same run, headed and labelled in English", async () => {
    const { page } = await openPane("en");
    const strings = STRINGS.en;
    expect(await fake(page, "displayLanguage")).toBe("en-US");
    expect(await page.evaluate("document.documentElement.lang")).toBe("en-US");
    await page.getByRole("heading", { name: strings.appTitle, level: 1 }).waitFor();
    await expectTablesListed(page, "en");

    await recompute(page, "en");
    await expectResultsWritten(page, "en");
    await expectCategorySummary(page, "en");
    expect(await page.getByRole("tab", { name: `${strings.filterAll} ${EXPECTED.diagnostics.length}` }).isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await screenshot(page, "graded", "en");
  }, 60_000);
});

suite(`${SUITE}: the mistakes workbook`, () => {
  it.each<Lang>(["zh", "en"])(
    "the mistakes workbook (%s): the first screen at 320 × 800 says nothing was graded and shows the groups, not the flood; an item selects its cell; a unit opens its Results row",
    async (lang) => {
      const { page } = await openPane(lang, "mistakes");
      const strings = STRINGS[lang];
      const assessed = MISTAKES.units.filter((u) => u.assessed).length;
      expect(assessed).toBe(45);
      expect(MISTAKES.units.some((u) => u.graded)).toBe(false);
      expect(MISTAKES.diagnostics.filter((d) => d.code === "NOT_A_NUMBER")).toHaveLength(TEXT_SCORES);
      expect(MISTAKES.diagnostics.filter((d) => d.code === "SATISFACTION_MISSING")).toHaveLength(90);
      await recomputeTo(page, lang, strings.noneGraded(assessed));

      // The first screen, measured: the viewport is the task pane's 320 × 800.
      expect(await page.evaluate("[window.innerWidth, window.innerHeight, window.scrollY]")).toEqual([PANE.width, PANE.height, 0]);
      const headline = page.locator('[data-headline="none"]');
      const box = await headline.boundingBox();
      expect(box !== null && box.y >= 0 && box.y + box.height <= PANE.height).toBe(true);
      expect(await headline.textContent()).toContain(strings.firstFix);
      expect(await headline.locator('[data-icon="none"]').count()).toBe(1);

      const expectedGroups = groupDiagnostics(MISTAKES.diagnostics);
      const boxes = await groupBoxes(page);
      expect(boxes).toHaveLength(expectedGroups.length);
      const onFirstScreen = boxes.filter(([top]) => top < PANE.height);
      expect(onFirstScreen.length).toBeGreaterThan(0);
      expect(onFirstScreen.length).toBeLessThanOrEqual(FIRST_SCREEN_GROUPS);
      // Errors first, the flood as one line: "90 × 缺少满意度评价".
      const groups = page.locator("[data-group]");
      expect(await groups.first().getAttribute("data-code")).toBe("SATISFACTION_MISSING");
      expect(await groups.first().textContent()).toContain(strings.groupLine(90, CODE_TITLES.SATISFACTION_MISSING.title[lang]));
      // Collapsed: not one item is listed yet.
      expect(await page.locator("li[data-code]").count()).toBe(0);
      // No chart of empty bars.
      expect(await page.getByRole("region", { name: strings.categoriesHeading }).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await screenshot(page, "none", lang);

      // A group opens to its items; an item's link selects its cell, and it reads the row Excel shows.
      const first = MISTAKES.diagnostics.find((d) => d.code === "NOT_A_NUMBER");
      if (first?.cell == null) throw new Error("NOT_A_NUMBER should point at a cell");
      const nan = page.locator('[data-group][data-code="NOT_A_NUMBER"]');
      await nan.getByRole("button", { expanded: false }).click();
      const item = nan.locator("li[data-code]").first();
      expect(await item.textContent()).toContain(strings.location(tableLabel("Indicators", lang), sheetRowOf(first)));
      expect(first.cell.endsWith(`${sheetRowOf(first)}`)).toBe(true);
      await item.getByRole("button", { name: strings.goToCell(first.cell), exact: true }).click();
      await expectSelected(page, selectionOf(first.cell));
      await expectNoAxeViolations(page);

      // Search a unit and open it: its row of 考评结果 is selected.
      const unit = KNOWN_UNIT;
      await page.getByRole("searchbox", { name: strings.searchUnits }).fill(unit);
      const found = page.locator(`li[data-unit="${unit}"]`);
      await found.waitFor();
      expect(await page.locator("li[data-unit]").count()).toBe(1);
      expect(await found.textContent()).toContain(strings.notGraded);
      await found.getByRole("button", { name: strings.openUnit(unit), exact: true }).click();
      const results = await fake(page, "tableInfo", "Results");
      const index = (results?.rows ?? []).findIndex((r) => r[COL.Unit] === unit);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(results?.address.startsWith("A1:")).toBe(true);
      const lastColumn = String.fromCharCode(64 + RESULTS_COLUMNS.length);
      await expectSelected(page, { sheet: OUTPUT_SHEETS.results.sheet, range: `A${index + 2}:${lastColumn}${index + 2}` });
    },
    60_000,
  );
});

suite(`${SUITE}: the partly graded workbook`, () => {
  it.each<Lang>(["zh", "en"])(
    "the partly graded workbook (%s): 30 of 45, the causes, who got each tier, and why counts differ from quotas",
    async (lang) => {
      const { page } = await openPane(lang, "partial");
      const strings = STRINGS[lang];
      const assessed = PARTIAL.units.filter((u) => u.assessed);
      const graded = assessed.filter((u) => u.graded).length;
      expect([graded, assessed.length]).toEqual([45 - PARTIAL_UNGRADED, 45]);
      await recomputeTo(page, lang, strings.partial(graded, assessed.length));
      const headline = page.locator('[data-headline="partial"]');
      expect(await headline.locator('[data-icon="partial"]').count()).toBe(1);
      expect(await headline.textContent()).toContain(strings.causeUnits(CODE_TITLES.SATISFACTION_MISSING.title[lang], PARTIAL_UNGRADED, 2 * PARTIAL_UNGRADED));

      // Who got each tier, best first, named under the bars.
      const chart = page.getByRole("region", { name: strings.categoriesHeading });
      for (const c of PARTIAL.categories) {
        const firsts = PARTIAL.units.filter((u) => u.category === c.category && u.tier === "first").map((u) => u.unit);
        const names = chart.locator(`li[data-category="${c.category}"] [data-tier-names="first"]`);
        expect(await names.textContent()).toBe(`${strings.tier.first}${strings.colon}${firsts.join(strings.listSeparator)}`);
      }
      // The legend is on screen, and the reasons one click away.
      expect(await chart.textContent()).toContain(strings.quotaLegend);
      const why = chart.getByRole("button", { name: strings.whyQuota }).first();
      await why.click();
      expect(await why.getAttribute("aria-expanded")).toBe("true");
      const ungraded = PARTIAL.units.filter((u) => u.category === PARTIAL.categories[0].category && u.assessed && !u.graded).map((u) => u.unit);
      expect(await chart.textContent()).toContain(strings.causeUngraded(ungraded.join(strings.listSeparator)));
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await screenshot(page, "partial", lang);
    },
    60_000,
  );
});

suite(`${SUITE}: the engine, loaded lazily`, () => {
  // The engine is a lazy chunk (src/workbook/excel/loadRunModules.ts) that the pane fetches after its first paint.
  it("recomputes when Recompute is pressed the moment the pane shows it, and the press fetches nothing", async () => {
    const requests: { url: string; at: number }[] = [];
    const { page } = await openPane("zh", "demo", (p) => p.on("request", (r) => void requests.push({ url: r.url(), at: Date.now() })));
    const button = page.getByRole("button", { name: STRINGS.zh.recompute, exact: true });
    await button.waitFor();
    const pressedAt = Date.now();
    await recompute(page, "zh");
    await expectResultsWritten(page, "zh");
    expect(requests.filter((r) => r.at >= pressedAt).map((r) => r.url)).toEqual([]);
    // The page's scripts and, before the press, the lazy chunks: more scripts than index.html names.
    const pageScripts = (readFileSync(path.join(harness.outDir, "index.html"), "utf8").match(/<script\b/g) ?? []).length;
    expect(requests.filter((r) => r.url.endsWith(".js")).length).toBeGreaterThan(pageScripts);
  }, 60_000);

  it("works offline once loaded: the first Recompute needs no network", async () => {
    const { page } = await openPane("zh");
    await page.waitForLoadState("networkidle");
    await page.context().setOffline(true);
    await recompute(page, "zh");
    await expectResultsWritten(page, "zh");
  }, 60_000);
});
