/**
 * The workbooks the end-to-end page can hold (`?workbook=`), built from the
 * demo's tables so the test (in Node) and the page (in the browser) build the
 * same one:
 * - `demo`: the reference plan's 45 units, every one graded;
 * - `partial`: the demo without the satisfaction scores of 15 units, so 30 of
 *   45 are graded;
 * - `mistakes`: what an office worker's first try looks like (issue 7): no
 *   Satisfaction or Survey table, text in 42 score cells, one negative score,
 *   one unknown category; nothing can be graded.
 */
import { buildDemoTables } from "../../../src/cli/demo/buildDemo";
import { inputGrids, type InputTable, type InputValue } from "../../../src/cli/inputTables";
import type { TableGrid } from "../../../src/engine/types";

export type WorkbookKind = "demo" | "partial" | "mistakes";

export const WORKBOOK_KINDS: readonly WorkbookKind[] = ["demo", "partial", "mistakes"];

/** Units of the partial workbook without satisfaction scores: every third one. */
export const PARTIAL_UNGRADED = 15;
/** Score cells of the mistakes workbook holding text. */
export const TEXT_SCORES = 42;
/** The unit of the mistakes workbook with a category outside Rules' `categories`. */
export const UNKNOWN_CATEGORY_UNIT_INDEX = 7;
export const UNKNOWN_CATEGORY = "其他单位类";

const col = (t: InputTable, name: string): number => t.columns.findIndex((c) => c.name === name);

function mapRows(t: InputTable, f: (row: readonly InputValue[], i: number) => readonly InputValue[] | null): InputTable {
  return { ...t, rows: t.rows.map(f).filter((r): r is readonly InputValue[] => r !== null) };
}

function partial(tables: readonly InputTable[]): InputTable[] {
  const units = tables.find((t) => t.decl.name === "Units") as InputTable;
  const dropped = new Set(
    units.rows
      .filter((_, i) => i % 3 === 2)
      .slice(0, PARTIAL_UNGRADED)
      .map((r) => r[0]),
  );
  return tables.map((t) => (t.decl.name === "Satisfaction" || t.decl.name === "Survey" ? mapRows(t, (r) => (dropped.has(r[0]) ? null : r)) : t));
}

/** The demo as an office worker's first try (see above). */
export function mistakes(tables: readonly InputTable[]): InputTable[] {
  return tables
    .filter((t) => t.decl.name !== "Satisfaction" && t.decl.name !== "Survey")
    .map((t) => {
      if (t.decl.name === "Indicators") {
        const score = col(t, "Score");
        const step = Math.floor(t.rows.length / (TEXT_SCORES + 1));
        return mapRows(t, (r, i) => {
          const text = i % step === 0 && i / step < TEXT_SCORES;
          const negative = i === step * TEXT_SCORES + 1;
          return text || negative ? r.map((v, c) => (c !== score ? v : text ? `${v}分` : -5)) : r;
        });
      }
      if (t.decl.name === "Units") {
        const category = col(t, "Category");
        return mapRows(t, (r, i) => (i === UNKNOWN_CATEGORY_UNIT_INDEX ? r.map((v, c) => (c === category ? UNKNOWN_CATEGORY : v)) : r));
      }
      if (t.decl.name === "Rules") {
        const value = col(t, "Value");
        return mapRows(t, (r) => (r[0] === "categories" ? r.map((v, c) => (c === value ? "经济管理类和其他类,公共事务管理和监管、监督类,党委群团类" : v)) : r));
      }
      return t;
    });
}

/** The input tables of a workbook kind, as grids for the fake host or the engine. */
export function workbookTables(kind: WorkbookKind): TableGrid[] {
  const demo = buildDemoTables();
  const tables = kind === "partial" ? partial(demo) : kind === "mistakes" ? mistakes(demo) : demo;
  return [...inputGrids(tables).tables];
}
