/**
 * The audit of SPEC §7 (`appraise verify`, and the pane when it opens): every
 * cell of the Results table compared with what the inputs give, and the
 * inputs' fingerprint with the last RunLog row. Pure: the adapters read the
 * cells, the engine grades, this compares.
 */
import { cellAddress } from "../../engine/address";
import type { Lang } from "../../engine/types";
import type { OutCell, OutputSheetPlan } from "../port";

/** One Results cell that differs from what the inputs give: an edit by hand. */
export interface EditedCell {
  /** The sheet address, e.g. `考评结果!N5`. */
  readonly cell: string;
  /** The column's header, e.g. "等次". */
  readonly column: string;
  /** What the cell holds and what the inputs give, as text ("" for blank). */
  readonly written: string;
  readonly expected: string;
}

export interface ResultsAudit {
  /** False when there is no Results table to audit (nothing graded yet, or not Appraise's). */
  readonly hasResults: boolean;
  readonly edited: readonly EditedCell[];
  /** The inputs differ from those of the last RunLog row (or there is no RunLog row). */
  readonly inputsChanged: boolean;
  readonly inputFingerprint: string;
  readonly lastRunFingerprint: string | null;
}

/** The Results table as an adapter read it: header, body and the sheet cell of its top-left corner. */
export interface ResultsCells {
  readonly sheet: string;
  /** 1-based sheet row and column of the header's first cell. */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

const blank = (v: unknown) => v === null || v === undefined || v === "";

/**
 * A cell as text for comparing and for people: numbers with the column's
 * decimals (the format Appraise writes), everything else as it reads.
 * @example
 * cellText(948.5, "0.00") //=> "948.50"
 * cellText("一等", "@") //=> "一等"
 */
export function cellText(v: unknown, format: string | null): string {
  if (blank(v)) return "";
  if (typeof v === "number") {
    const places = format !== null && /^0\.(0+)$/.test(format) ? format.length - 2 : null;
    return places === null ? String(v) : v.toFixed(places);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function same(actual: unknown, expected: OutCell, format: string | null): boolean {
  if (blank(actual) || blank(expected)) return blank(actual) && blank(expected);
  if (typeof expected === "number") {
    const n = typeof actual === "number" ? actual : typeof actual === "string" && actual.trim() !== "" ? Number(actual) : NaN;
    return Number.isFinite(n) && cellText(n, format) === cellText(expected, format);
  }
  return String(actual) === String(expected);
}

/**
 * The cells of the written Results that differ from the plan the inputs give,
 * row by row and column by column (a missing or extra row counts as each of
 * its cells). Headers are compared too, in the language they were written in.
 * @example
 * editedCells(plan, cells).map((e) => e.cell) //=> ["考评结果!N5", "考评结果!K7"]
 */
export function editedCells(plan: OutputSheetPlan, cells: ResultsCells): EditedCell[] {
  const out: EditedCell[] = [];
  const rows = Math.max(plan.rows.length, cells.rows.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < plan.headers.length; c++) {
      const expected = plan.rows[r]?.[c] ?? null;
      const actual = cells.rows[r]?.[c] ?? null;
      const format = plan.numberFormats[c] ?? null;
      if (same(actual, expected, format)) continue;
      out.push({
        cell: cellAddress(cells.sheet, cells.headerRow + 1 + r, cells.firstColumn + c),
        column: plan.headers[c],
        written: cellText(actual, format),
        expected: cellText(expected, format),
      });
    }
  }
  return out;
}

/** The language the Results were written in, from their first header ("单位" or "Unit"). */
export function resultsLang(header: readonly unknown[]): Lang {
  return header[0] === "Unit" ? "en" : "zh";
}

/**
 * One edited cell as a person reads it.
 * @example
 * describeEdit({ cell: "考评结果!N5", column: "等次", written: "一等", expected: "二等" }, "zh") //=> "考评结果!N5 写的是一等，按输入应为二等"
 */
export function describeEdit(e: EditedCell, lang: Lang): string {
  return `${e.cell} ${describeEditedValue(e, lang)}`;
}

/**
 * What was written against what the inputs give, without the cell (the pane shows the cell as a link before it).
 * @example
 * describeEditedValue({ written: "", expected: "二等" }, "en") //=> "says (blank); the inputs give 二等"
 */
export function describeEditedValue(e: Pick<EditedCell, "written" | "expected">, lang: Lang): string {
  const shown = (t: string) => (t === "" ? (lang === "zh" ? "（空白）" : "(blank)") : t);
  return lang === "zh" ? `写的是${shown(e.written)}，按输入应为${shown(e.expected)}` : `says ${shown(e.written)}; the inputs give ${shown(e.expected)}`;
}

/** The audit's headline. */
export function auditHeadline(audit: ResultsAudit, sheet: string, lang: Lang): string {
  const n = audit.edited.length;
  if (lang === "zh") {
    const cells = n === 0 ? `${sheet}与输入一致` : `${sheet}有 ${n} 个单元格被手工改动`;
    return `${cells}；${audit.inputsChanged ? "上次运行后输入已改动" : "输入与上次运行相同"}`;
  }
  const cells = n === 0 ? `${sheet} matches the inputs` : `${sheet} has ${n} cell${n === 1 ? "" : "s"} edited by hand`;
  return `${cells}; ${audit.inputsChanged ? "the inputs changed since the last run" : "the inputs are those of the last run"}`;
}
