/**
 * The audit of SPEC §7 (`appraise verify`, and the pane when it opens): every
 * cell of the Results table compared with what the inputs give, and the
 * inputs' fingerprint with the last RunLog row. Pure: the adapters read the
 * cells, the engine grades, this compares.
 */
import { cellAddress } from "../../engine/address";
import type { Lang } from "../../engine/types";
import type { OutCell, OutputSheetPlan } from "../port";

/**
 * One Results cell that differs from what the inputs give (editedCells), or,
 * in an audit, one proven edited by hand: it differs from what Appraise wrote.
 */
export interface EditedCell {
  /** The sheet address, e.g. `考评结果!N5`. */
  readonly cell: string;
  /** The column's header, e.g. "等次". */
  readonly column: string;
  /** What the cell holds and what Appraise wrote there, as text ("" for blank). */
  readonly written: string;
  readonly expected: string;
  /**
   * How `expected` is known: "inputs", the inputs graded again (which is
   * what Appraise wrote: the output fingerprint says so); "history", the
   * last History block, which the chain digest vouches for.
   */
  readonly basis?: "inputs" | "history";
}

/** What the audit found of the record itself (RunLog and History; SPEC §6). */
export interface RecordAudit {
  /** RunLog rows with a chain digest, all recomputed. */
  readonly chainedRows: number;
  /** RunLog rows without one (written before the chain existed): not checkable. */
  readonly unchainedRows: number;
  /** The first place the chain breaks, as a sheet address (`运行记录!A5`, `结果历史!A12`), or null. */
  readonly brokenAt: { readonly kind: "runlog" | "history"; readonly cell: string } | null;
}

export interface ResultsAudit {
  /** False when there is no Results table to audit (nothing graded yet, or not Appraise's). */
  readonly hasResults: boolean;
  /** The cells proven edited by hand; never a cell that is only out of date. */
  readonly edited: readonly EditedCell[];
  /**
   * The Results as they stand against the output fingerprint of the run that
   * last wrote them: "same", "differ" (edited after Appraise wrote them), or
   * "unknown" (that run's RunLog row has no output fingerprint: an older Appraise).
   */
  readonly asWritten?: "same" | "differ" | "unknown";
  /** Results were edited after Appraise wrote them, and not every edited cell can be named (the inputs changed since). */
  readonly editsUnattributed?: boolean;
  /** The Results equal what the inputs give now. */
  readonly matchesInputs?: boolean;
  /** The inputs differ from those of the last RunLog row (or there is no RunLog row). */
  readonly inputsChanged: boolean;
  readonly inputFingerprint: string;
  readonly lastRunFingerprint: string | null;
  readonly record?: RecordAudit;
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
 * What was written against what Appraise wrote there, without the cell (the
 * pane shows the cell as a link before it): what the inputs give, or what
 * the last run recorded in History.
 * @example
 * describeEditedValue({ written: "", expected: "二等" }, "en") //=> "says (blank); the inputs give 二等"
 * describeEditedValue({ written: "一等", expected: "二等", basis: "history" }, "zh") //=> "写的是一等，上次运行写入的是二等"
 */
export function describeEditedValue(e: Pick<EditedCell, "written" | "expected" | "basis">, lang: Lang): string {
  const shown = (t: string) => (t === "" ? (lang === "zh" ? "（空白）" : "(blank)") : t);
  if (e.basis === "history") {
    return lang === "zh"
      ? `写的是${shown(e.written)}，上次运行写入的是${shown(e.expected)}`
      : `says ${shown(e.written)}; the last run wrote ${shown(e.expected)}`;
  }
  return lang === "zh" ? `写的是${shown(e.written)}，按输入应为${shown(e.expected)}` : `says ${shown(e.written)}; the inputs give ${shown(e.expected)}`;
}

/** What the audit says of the Results themselves: edited by hand, out of date, or as the inputs give. */
function resultsClause(audit: ResultsAudit, sheet: string, lang: Lang): string {
  const n = audit.edited.length;
  const zh = lang === "zh";
  if (n > 0) {
    const more = audit.editsUnattributed === true ? (zh ? "（另有改动无法确指到单元格）" : " (and edits that cannot be traced to a cell)") : "";
    return zh ? `${sheet}有 ${n} 个单元格被手工改动${more}` : `${sheet} has ${n} cell${n === 1 ? "" : "s"} edited by hand${more}`;
  }
  if (audit.editsUnattributed === true)
    return zh ? `${sheet}在上次运行写入后被改动过，但无法确指是哪些单元格` : `${sheet} was changed after the last run wrote it, but the cells cannot be named`;
  if (audit.matchesInputs ?? true) return zh ? `${sheet}与输入一致` : `${sheet} matches the inputs`;
  if (audit.asWritten === "unknown" && audit.record?.brokenAt != null)
    return zh
      ? `${sheet}与当前输入给出的不同；记录被改动过，无法判断是否有手工改动`
      : `${sheet} differs from what the inputs give; the record was changed, so whether it was edited by hand cannot be told`;
  if (audit.asWritten === "unknown") return zh ? `${sheet}与当前输入给出的不同（已过期）` : `${sheet} differs from what the inputs give (out of date)`;
  if (audit.inputsChanged) return zh ? `${sheet}未被手工改动，但已过期` : `${sheet} was not edited by hand, but is out of date`;
  return zh ? `${sheet}未被手工改动，但与本版本按输入评定的不同` : `${sheet} was not edited by hand, but differs from what this version gives for the inputs`;
}

/**
 * The audit's headline: the Results, then the inputs.
 * @example
 * auditHeadline(audit, "考评结果", "zh") //=> "考评结果未被手工改动，但已过期；上次运行后输入已改动"
 */
export function auditHeadline(audit: ResultsAudit, sheet: string, lang: Lang): string {
  const results = resultsClause(audit, sheet, lang);
  if (lang === "zh") return `${results}；${audit.inputsChanged ? "上次运行后输入已改动" : "输入与上次运行相同"}`;
  return `${results}; ${audit.inputsChanged ? "the inputs changed since the last run" : "the inputs are those of the last run"}`;
}

/**
 * What the audit found of the record (RunLog and History) and what it could
 * not check, one sentence each; none when the whole record checks.
 * @example
 * auditFindings(audit, "zh") //=> ["记录链在运行记录!A5 断开：这一行、它之前的某行，或它记下的结果历史被改动或删除"]
 */
export function auditFindings(audit: ResultsAudit, lang: Lang): string[] {
  const record = audit.record;
  if (record === undefined) return [];
  const zh = lang === "zh";
  const out: string[] = [];
  const broken = record.brokenAt;
  if (broken?.kind === "runlog")
    out.push(
      zh
        ? `记录链在${broken.cell}断开：这一行、它之前的某行，或它记下的结果历史被改动或删除`
        : `The record's chain breaks at ${broken.cell}: this row, a row before it, or the History it recorded was changed or deleted`,
    );
  if (broken?.kind === "history")
    out.push(
      zh
        ? `${broken.cell}起的结果历史不属于任何一次运行：记下它的运行记录行被删除，或这些行被改动`
        : `The History rows from ${broken.cell} belong to no run: the RunLog row that recorded them was deleted, or they were changed`,
    );
  if (record.chainedRows === 0 && record.unchainedRows > 0) {
    out.push(
      zh
        ? "运行记录由旧版本写入，没有输出指纹和链摘要：只能核对输入是否改动；只有输入与上次运行相同时才能认定手工改动，被改动或删除的记录行无法发现"
        : "The RunLog was written by an older version, without output fingerprints or chain digests: only whether the inputs changed can be checked; a hand edit is told only while the inputs are those of the last run, and changed or deleted record rows cannot be found",
    );
  } else if (record.unchainedRows > 0) {
    const n = record.unchainedRows;
    out.push(
      zh
        ? `运行记录有 ${n} 行没有链摘要（由旧版本写入），这些行无法核对`
        : `${n} RunLog row${n === 1 ? " has" : "s have"} no chain digest (written by an older version) and cannot be checked`,
    );
  }
  return out;
}
