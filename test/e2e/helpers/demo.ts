/**
 * The workbooks the page holds (test/e2e/page/workbooks.ts, `?workbook=`) and
 * what grade() makes of them here in Node, with the checks the flows share:
 * the tables listed, a recompute, Results as written, the category summary,
 * and the pane's width.
 */
import type { Frame, Page } from "playwright-core";
import { grade } from "../../../src/engine/grade";
import { TABLES } from "../../../src/engine/tables";
import { TIER_LABELS } from "../../../src/engine/tierLabels";
import type { GradeResult, Lang, Tier } from "../../../src/engine/types";
import { STRINGS } from "../../../src/taskpane/strings/i18n";
import { OUTPUT_SHEETS } from "../../../src/workbook/port";
import { RESULTS_COLUMNS } from "../../../src/workbook/outputs";
import type { TableInfo } from "../../fakeExcel";
import { workbookTables } from "../page/workbooks";
import { PANE } from "./browser";
import { fake } from "./fakeWorkbook";

/** The demo workbook's tables and what the engine makes of them. */
const DEMO = workbookTables("demo");
export const EXPECTED: GradeResult = grade({ tables: DEMO });
/** The first try of issue 7: nothing can be graded. */
export const MISTAKES: GradeResult = grade({ tables: workbookTables("mistakes") });
export const PARTIAL: GradeResult = grade({ tables: workbookTables("partial") });
/** Diagnostic groups the first screen may show at most. */
export const FIRST_SCREEN_GROUPS = 8;
/** A unit whose row the test looks at closely. */
export const KNOWN_UNIT = "区统计局";
export const COL = Object.fromEntries(RESULTS_COLUMNS.map((c, i) => [c.en, i])) as Record<string, number>;

/** The input tables listed as found, with their row counts, in the pane's words. */
export async function expectTablesListed(page: Page | Frame, lang: Lang): Promise<void> {
  const strings = STRINGS[lang];
  const region = page.getByRole("region", { name: strings.tablesHeading });
  await region.waitFor();
  const items = await region.getByRole("listitem").allTextContents();
  for (const table of DEMO) {
    const decl = TABLES.find((t) => t.name === table.name);
    const label = lang === "zh" ? `${decl?.zh} ${table.name}` : `${table.name} ${decl?.zh}`;
    expect(items.find((text) => text.startsWith(label))).toContain(strings.rows(table.rows.length));
  }
}

/** Clicks Recompute and waits for the run's headline. */
export async function recompute(page: Page | Frame, lang: Lang): Promise<void> {
  const strings = STRINGS[lang];
  await page.getByRole("button", { name: strings.recompute, exact: true }).click();
  const assessed = EXPECTED.units.filter((u) => u.assessed);
  await page.getByRole("heading", { name: strings.graded(assessed.filter((u) => u.graded).length, assessed.length), exact: true }).waitFor();
}

/** Clicks Recompute and waits for the heading `title`. */
export async function recomputeTo(page: Page | Frame, lang: Lang, title: string): Promise<void> {
  await page.getByRole("button", { name: STRINGS[lang].recompute, exact: true }).click();
  await page.getByRole("heading", { name: title, exact: true }).waitFor();
}

/** Results in the fake workbook: 45 rows, headed in `lang`, each unit's composite, rank and tier as grade() gives them. */
export async function expectResultsWritten(page: Page, lang: Lang): Promise<void> {
  expectResults(await fake(page, "tableInfo", "Results"), lang);
}

/** Results as a fake host holds it (tableInfo): 45 rows, headed in `lang`, each unit's composite, rank and tier as grade() gives them (`expected`: the demo's unless given). */
export function expectResults(results: TableInfo | undefined, lang: Lang, expected: GradeResult = EXPECTED): void {
  expect(results?.sheet).toBe(OUTPUT_SHEETS.results.sheet);
  expect(results?.sheet).toBe("考评结果");
  expect(results?.header).toEqual(RESULTS_COLUMNS.map((c) => c[lang]));
  expect(results?.rows).toHaveLength(45);
  expect(results?.rows).toHaveLength(expected.units.length);

  const rows = new Map((results?.rows ?? []).map((r) => [r[COL.Unit], r]));
  const label = (tier: Tier | null) => (tier === null ? null : TIER_LABELS[tier][lang]);
  const known = expected.units.find((u) => u.unit === KNOWN_UNIT);
  expect(known?.composite).toMatch(/^\d+\.\d+$/);
  expect(rows.get(KNOWN_UNIT)?.[COL.Composite]).toBe(Number(known?.composite));
  expect(rows.get(KNOWN_UNIT)?.[COL.Tier]).toBe(label(known?.tier ?? null));
  // Every unit, not only the known one.
  const written = expected.units.map((u) => rows.get(u.unit)).map((r) => r && [r[COL.Unit], r[COL.Category], r[COL.Composite], r[COL.Rank], r[COL.Tier]]);
  const graded = expected.units.map((u) => [u.unit, u.category, u.composite === null ? null : Number(u.composite), u.rank, label(u.tier)]);
  expect(written).toEqual(graded);
  const tiers = new Set(Object.values(TIER_LABELS).map((l) => l[lang]));
  expect((results?.rows ?? []).every((r) => r[COL.Tier] === null || tiers.has(String(r[COL.Tier])))).toBe(true);
}

/** Each category's tier counts against its quotas, as the pane shows them (text and the screen reader's words). */
export async function expectCategorySummary(page: Page | Frame, lang: Lang): Promise<void> {
  const strings = STRINGS[lang];
  const chart = page.getByRole("region", { name: strings.categoriesHeading });
  await chart.waitFor();
  expect(EXPECTED.categories.map((c) => c.category)).toEqual(["经济管理类和其他类", "公共事务管理和监管、监督类", "党委群团类"]);
  for (const c of EXPECTED.categories) {
    const block = chart.locator(`li[data-category="${c.category}"]`);
    expect(await block.isVisible()).toBe(true);
    expect(await block.textContent()).toContain(c.category);
    expect(await block.textContent()).toContain(strings.categoryMeta(c.size, c.graded));
    for (const tier of ["first", "second", "third"] as const) {
      const [count, quota] = [c.counts[tier], c.quotas[tier]];
      const bar = block.locator(`li[data-tier="${tier}"]`);
      const text = await bar.textContent();
      expect(text).toContain(`${count}/${quota}`);
      expect(text).toContain(strings.tierBar(strings.tier[tier], count, quota, count > quota));
    }
    expect(await block.locator('li[data-tier="unqualified"]').textContent()).toContain(
      strings.tierBar(strings.tier.unqualified, c.counts.unqualified, null, false),
    );
  }
}

/** The pane fits the task pane's width: nothing scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page | Frame): Promise<void> {
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PANE.width);
}
