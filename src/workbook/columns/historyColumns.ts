/**
 * The History table (SPEC §6): a block of rows per run whose results
 * differ from the last block, one row per unit in Results order, each with
 * the run's time and input fingerprint (the same as its RunLog row).
 * history/historyBlock.ts reads the last block back by these headers.
 */
import type { UnitResult } from "../../engine/types";
import { scoreValue, tierLabel, type OutputColumn } from "./column";

/** One unit of a run, as a History row records it. */
export interface HistoryRow {
  /** The run's time as ISO 8601. */
  readonly time: string;
  readonly inputFingerprint: string;
  readonly unit: UnitResult;
}

/** The columns in sheet order; the widths are fixed, as the table grows over runs. */
export const HISTORY_COLUMNS = [
  { en: "RunTime", zh: "运行时间", format: "@", width: 26, value: (h) => h.time },
  { en: "InputFingerprint", zh: "输入指纹", format: "@", width: 30, value: (h) => h.inputFingerprint },
  { en: "Unit", zh: "单位", format: "@", width: 30, value: (h) => h.unit.unit },
  { en: "Category", zh: "类别", format: "@", width: 30, value: (h) => h.unit.category },
  { en: "Composite", zh: "综合得分", format: "score", width: 10, value: (h) => scoreValue(h.unit.composite) },
  { en: "Rank", zh: "名次", format: "0", width: 8, value: (h) => h.unit.rank },
  { en: "Tier", zh: "等次", format: "@", width: 10, value: (h, lang) => tierLabel(h.unit.tier, lang) },
] as const satisfies readonly OutputColumn<HistoryRow>[];
