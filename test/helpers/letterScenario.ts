/**
 * The demo as issue 17 found the paperwork wrong on it, for the letter and
 * notice tests: 区发改局 (rank 7, second by quota) vetoed down to 三等, so it
 * stands above the rank-8 二等 区规划建设局; the demo's own veto of
 * 区安监和环保局 (一等 → 二等); 区残联 at 885.71, below the threshold of 900;
 * 区房屋土地征收办 with a late appeal (APPEAL_LATE) and a penalty dated
 * before the period (PENALTY_OUTSIDE_PERIOD); and 区委宣传部 listed twice in
 * Units (UNIT_DUPLICATE, whose message names the row of the first listing).
 */
import type { InputTable, InputValue } from "../../src/cli/inputTables";

export const VETOED_TO_THIRD = "区发改局";
export const RANKED_AFTER_IT = "区规划建设局";
export const VETOED_FIRST = "区安监和环保局";
export const BELOW_THRESHOLD = "区残联";
export const APPEALED = "区房屋土地征收办";
export const DUPLICATED = "区委宣传部";

const addRows = (tables: readonly InputTable[], table: string, rows: readonly (readonly InputValue[])[]): InputTable[] =>
  tables.map((t) => (t.decl.name === table ? { ...t, rows: [...t.rows, ...rows] } : t));

/** The demo's tables changed as above. */
export function letterScenario(tables: readonly InputTable[]): InputTable[] {
  const duplicate = tables.find((t) => t.decl.name === "Units")?.rows.find((r) => r[0] === DUPLICATED);
  if (duplicate === undefined) throw new Error(`the demo has no ${DUPLICATED}`);
  let out = addRows(tables, "Vetoes", [[VETOED_TO_THIRD, "党风廉政建设", "发生违纪违法案件"]]);
  out = addRows(out, "Penalties", [[APPEALED, new Date(Date.UTC(2015, 11, 21)), "2015年度工作被区通报批评", null]]);
  return addRows(out, "Units", [duplicate]);
}
