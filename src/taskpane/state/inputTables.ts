/**
 * The input tables of SPEC section 2 as the pane lists them, and how a
 * workbook's tables map onto them: by engine/tableNames.ts, the rule every
 * adapter reads them by (either name, case-insensitive).
 */
import { namedAs } from "../../engine/tableNames";
import { isBlank } from "../../engine/text";
import { TABLES } from "../../engine/tables";
import type { TableGrid, TableName } from "../../engine/types";
import type { TableStatus } from "./paneTypes";

export interface InputTableInfo {
  readonly name: TableName;
  readonly zh: string;
  readonly required: boolean;
  readonly alternative?: TableName;
}

/**
 * Satisfaction and Survey stand in for each other: one of them must give every
 * assessed unit its public and leader scores (SPEC section 2), so the pane marks
 * them needed while both are missing, though the engine declares neither required.
 */
const ALTERNATIVES: Partial<Readonly<Record<TableName, TableName>>> = { Satisfaction: "Survey", Survey: "Satisfaction" };

/** The engine's table declarations, in SPEC order, as the pane lists them. */
export const INPUT_TABLES: readonly InputTableInfo[] = TABLES.map((t): InputTableInfo => {
  const alternative = ALTERNATIVES[t.name];
  return alternative === undefined ? { name: t.name, zh: t.zh, required: t.required } : { name: t.name, zh: t.zh, required: true, alternative };
});

/**
 * Which input tables a workbook has. A table present under both names counts
 * once, under its English name (the engine reports the ambiguity).
 * @example
 * tableStatuses([{ name: "units", rows: [["区发改局", "经济管理类"], [null, null]] }])[0]
 * //=> { name: "Units", zh: "考评对象", required: true, found: true, rows: 1 }
 */
export function tableStatuses(tables: readonly Pick<TableGrid, "name" | "rows">[]): TableStatus[] {
  return INPUT_TABLES.map((info) => {
    const grid = tables.find((t) => namedAs(t.name, info) === "en") ?? tables.find((t) => namedAs(t.name, info) === "zh");
    return {
      ...info,
      found: grid !== undefined,
      rows: grid === undefined ? 0 : grid.rows.filter((r) => !r.every(isBlank)).length,
    };
  });
}

/**
 * A table's name for people: the Chinese alias in Chinese, the English name
 * otherwise; a name that is not an input table is shown as it is.
 * @example
 * tableLabel("Indicators", "zh") //=> "指标考核"
 */
export function tableLabel(name: string, lang: "zh" | "en"): string {
  const info = INPUT_TABLES.find((t) => t.name === name);
  return info === undefined || lang === "en" ? name : info.zh;
}
