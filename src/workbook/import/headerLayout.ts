/**
 * Finds the header of last year's summary and what each column is: the
 * first row (of the first 30) with a unit header (单位名称, 单位, …), one row
 * or two (a merged group header such as 指标考核得分（700分） over 职能 and 共性),
 * each column's field from headerAliases.ts. A header that maps to nothing
 * is reported, two columns for one field stop the import: nothing is guessed.
 */
import type { LocalRange } from "../../engine/address";
import type { Bilingual } from "../../engine/types";
import {
  FIELD_TARGETS,
  columnField,
  fieldOf,
  isKnownHeader,
  normalizeHeader,
  statedPoints,
  voteTarget,
  type Field,
  type VoteColumn,
  type VoteKind,
} from "./headerAliases";
import { importFinding, type ImportFinding } from "./importMessages";
import { mergeAt, rangeAddressOf, shownAt, textOf, valueAt, widthOf, type PlainSheet } from "./plainSheet";

/** How far down a header is looked for. */
const HEADER_SEARCH_ROWS = 30;

export interface MappedColumn {
  readonly column: number;
  readonly field: Field;
  /** The header as written (group / header for a two-row one). */
  readonly header: string;
  /** The header's cells. */
  readonly range: LocalRange;
  /** The full points its header states ("（600分）"), or null. */
  readonly points: number | null;
}

export interface HeaderLayout {
  readonly top: number;
  readonly bottom: number;
  readonly columns: ReadonlyMap<Field, MappedColumn>;
  readonly findings: readonly ImportFinding[];
}

/** The first row with a unit header, or null. */
export function headerRowOf(sheet: PlainSheet): number | null {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
    for (const cell of sheet.rows[r - 1] ?? []) {
      const text = cell === undefined ? null : textOf(cell.value);
      if (text !== null && fieldOf(normalizeHeader(text)) === "unit") return r;
    }
  }
  return null;
}

/**
 * Whether the header is two rows: a merge that starts in its row spans two
 * rows or groups columns, or (a header unmerged by hand) the row below holds
 * only text, every piece of it a header Appraise knows (职能, 共性, 满意…).
 */
function headerBottom(sheet: PlainSheet, top: number): number {
  const grouped = sheet.merges.some((m) => m.row === top && (m.lastRow > top || m.lastColumn > m.column));
  if (grouped) return top + 1;
  const below = (sheet.rows[top] ?? []).flatMap((c) => (c === undefined || c.value === null ? [] : [c.value]));
  const known = below.length > 0 && below.every((v) => typeof v === "string" && isKnownHeader(v));
  return known ? top + 1 : top;
}

interface ColumnHeader {
  readonly group: string | null;
  readonly header: string | null;
  readonly raw: string;
  readonly range: LocalRange;
}

/**
 * A column's group header and own header. `left` is the group of the column
 * to its left: a group header unmerged by hand stands over its first column
 * only, so a column with a header below and nothing above takes it.
 */
function columnHeader(sheet: PlainSheet, top: number, bottom: number, c: number, left: string | null): ColumnHeader | null {
  const topText = textOf(shownAt(sheet, top, c));
  const merge = mergeAt(sheet, top, c);
  const whole = { row: top, column: c, lastRow: bottom, lastColumn: c };
  if (bottom === top || (merge !== undefined && merge.row === top && merge.lastRow >= bottom)) {
    return topText === null ? null : { group: null, header: topText, raw: topText, range: merge && merge.column === merge.lastColumn ? merge : whole };
  }
  const sub = textOf(valueAt(sheet, bottom, c));
  if (topText === null && sub === null) return null;
  const group = sub === null ? null : (topText ?? left);
  const raw = [group, sub ?? topText].filter((t) => t !== null).join(" / ");
  return { group, header: sub ?? topText, raw, range: whole };
}

function targetOf(field: Field): Bilingual {
  if (field.includes(".")) {
    const [kind, column] = field.split(".") as [VoteKind, VoteColumn];
    return voteTarget(kind, column);
  }
  return FIELD_TARGETS[field as keyof typeof FIELD_TARGETS];
}

/** Where a kind has vote counts, its score column is not imported (the votes are), only checked: said so instead of "mapped". */
function votesOverScores(sheet: PlainSheet, found: ReadonlyMap<Field, readonly MappedColumn[]>, findings: ImportFinding[]): void {
  for (const kind of ["public", "leader"] as const) {
    const score = found.get(kind);
    if (!found.has(`${kind}.Satisfied`) || score?.length !== 1) continue;
    const at = rangeAddressOf(sheet, score[0].range);
    const i = findings.findIndex((f) => f.code === "IMPORT_COLUMN_MAPPED" && f.cell === at);
    const why = { zh: "该项由其下的满意度测评票数计算，此列只用于核对", en: "the vote counts give this score; the column is only checked" };
    if (i >= 0) findings[i] = importFinding("IMPORT_COLUMN_IGNORED", at, { header: score[0].header, why });
  }
}

/**
 * The header at `top` of the sheet and its columns, with a finding for each
 * column: mapped, ignored, not known, or (an error) one of several for one field.
 */
export function readHeader(sheet: PlainSheet, top: number): HeaderLayout {
  const bottom = headerBottom(sheet, top);
  const found = new Map<Field, MappedColumn[]>();
  const findings: ImportFinding[] = [];
  let left: string | null = null;
  for (let c = 1; c <= widthOf(sheet); c++) {
    const h = columnHeader(sheet, top, bottom, c, left);
    left = h?.group ?? null;
    if (h === null) continue;
    const field = columnField(h.group, h.header);
    const at = rangeAddressOf(sheet, h.range);
    if (field === null) {
      findings.push(importFinding("IMPORT_COLUMN_UNKNOWN", at, { header: h.raw }));
      continue;
    }
    // A group header's points are the group's (指标考核得分（700分） over 职能 and 共性), not a column's: only vote counts take their kind's from it.
    const points = statedPoints(h.header ?? "") ?? (h.group !== null && field.includes(".") ? statedPoints(h.group) : null);
    found.set(field, [...(found.get(field) ?? []), { column: c, field, header: h.raw, range: h.range, points }]);
    const target = targetOf(field);
    const ignored = field === "ordinal" || field === "rank";
    findings.push(
      ignored
        ? importFinding("IMPORT_COLUMN_IGNORED", at, { header: h.raw, why: target })
        : importFinding("IMPORT_COLUMN_MAPPED", at, { header: h.raw, target }),
    );
  }
  votesOverScores(sheet, found, findings);
  const columns = new Map<Field, MappedColumn>();
  for (const [field, list] of found) {
    if (list.length > 1)
      findings.push(importFinding("IMPORT_COLUMN_AMBIGUOUS", null, { target: targetOf(field), cells: list.map((m) => rangeAddressOf(sheet, m.range)) }));
    else columns.set(field, list[0]);
  }
  return { top, bottom, columns, findings };
}
