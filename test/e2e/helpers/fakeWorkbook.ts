/** Reading the fake Excel host inside the page (window.__appraiseFake, see test/e2e/page/fakeApi.ts). */
import type { Page } from "playwright-core";
import type { AppraiseFake, FakeSelection } from "../page/fakeApi";

type FakeArgs<K extends keyof AppraiseFake> = AppraiseFake[K] extends (...args: infer A) => unknown ? A : [];
type FakeValue<K extends keyof AppraiseFake> = AppraiseFake[K] extends (...args: never[]) => infer R ? R : AppraiseFake[K];

/**
 * Reads the fake workbook: calls `window.__appraiseFake[key](...args)` in the
 * page (or reads the property). Sent as an expression, not a function, so
 * Jest's coverage instrumentation cannot break it.
 */
export const fake = <K extends keyof AppraiseFake>(page: Page, key: K, ...args: FakeArgs<K>): Promise<FakeValue<K>> =>
  page.evaluate(`(() => {
    const v = window.__appraiseFake[${JSON.stringify(key)}];
    return typeof v === "function" ? v(...${JSON.stringify(args)}) : v;
  })()`) as Promise<FakeValue<K>>;

/** Waits until the fake host's selection is `target`, then checks it. */
export async function expectSelected(page: Page, target: FakeSelection): Promise<void> {
  await page.waitForFunction(
    `(() => { const s = window.__appraiseFake.selection(); return s !== null && s.sheet === ${JSON.stringify(target.sheet)} && s.range === ${JSON.stringify(target.range)}; })()`,
  );
  expect(await fake(page, "selection")).toEqual(target);
  expect(await fake(page, "activeSheet")).toBe(target.sheet);
}

/** `指标考核!F7` as the fake host reports a selection. */
export const selectionOf = (cell: string): FakeSelection => {
  const bang = cell.lastIndexOf("!");
  return {
    sheet: cell
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'"),
    range: cell.slice(bang + 1).replace(/\$/g, ""),
  };
};
