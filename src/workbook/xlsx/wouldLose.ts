/**
 * Whether a graded copy may replace the file already at its path (SPEC §7,
 * "nothing a user has is lost by grading again"). The rule is exact: the
 * existing file may be replaced when it is, part for part, the copy this run
 * would have written at the time of the existing file's last RunLog row:
 * then it holds nothing the new copy lacks, and only the run's time (with
 * what is computed from it) differs. Anything else — a sheet added, a chart,
 * an edited cell, RunLog rows or History blocks of other runs, another
 * language, another version — is named, and the file is not replaced
 * without --force.
 */
import { OUTPUT_SHEETS } from "../port";
import { sameBytes } from "./bytes";
import { relsPartOf, resolveTarget } from "./partNames";
import { readPackage, relationshipsOf, type WorkbookPackage } from "./readPackage";
import { loggedRows } from "./runLogRows";
import type { SheetValue } from "./renderSheet";
import { readZip } from "./zip";

/** What the existing file holds that the copy would not: each list empty when nothing. */
export interface Lost {
  readonly sheets: readonly string[];
  readonly changedSheets: readonly string[];
  readonly runLogRows: number;
  readonly historyBlocks: number;
  readonly parts: readonly string[];
}

const TIME_HEADERS = ["时间", "time"];

/**
 * The time of the last RunLog row of a graded workbook, or null when it has
 * none that reads as an ISO 8601 time.
 * @example
 * lastRunTime(pkg)?.toISOString() //=> "2017-03-01T09:00:00.000Z"
 */
export function lastRunTime(pkg: WorkbookPackage): Date | null {
  const { headers, rows } = loggedRows(pkg, OUTPUT_SHEETS.runlog);
  const column = headers.findIndex((h) => typeof h === "string" && TIME_HEADERS.includes(h.trim().toLowerCase()));
  const text = rows.at(-1)?.[column < 0 ? 0 : column];
  if (typeof text !== "string" || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(text)) return null;
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? null : time;
}

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean => a !== undefined && b !== undefined && sameBytes(a, b);

/** A sheet's own parts: its part, its relationships part and its tables' parts. */
function sheetParts(pkg: WorkbookPackage, part: string): string[] {
  const tables = relationshipsOf(pkg.parts, part)
    .filter((r) => r.targetMode !== "External" && r.type.endsWith("/table"))
    .map((r) => resolveTarget(part, r.target))
    .filter((p): p is string => p !== null);
  return [part, relsPartOf(part), ...tables];
}

/** Rows of `before` not found in `after` (each row of `after` matches once). */
function rowsMissing(before: readonly (readonly SheetValue[])[], after: readonly (readonly SheetValue[])[]): (readonly SheetValue[])[] {
  const left = new Map<string, number>();
  for (const row of after) left.set(JSON.stringify(row), (left.get(JSON.stringify(row)) ?? 0) + 1);
  return before.filter((row) => {
    const n = left.get(JSON.stringify(row)) ?? 0;
    if (n > 0) left.set(JSON.stringify(row), n - 1);
    return n === 0;
  });
}

/** History blocks (rows grouped by RunTime and InputFingerprint, the first two columns) with a row the copy lacks. */
function blocksMissing(before: WorkbookPackage, after: WorkbookPackage): number {
  const missing = rowsMissing(loggedRows(before, OUTPUT_SHEETS.history).rows, loggedRows(after, OUTPUT_SHEETS.history).rows);
  return new Set(missing.map((row) => JSON.stringify(row.slice(0, 2)))).size;
}

/** What of the sheets of `before` the copy would not carry. */
function sheetsLost(
  before: WorkbookPackage,
  after: WorkbookPackage,
  beforeParts: ReadonlyMap<string, Uint8Array>,
  afterParts: ReadonlyMap<string, Uint8Array>,
) {
  const logged = new Set([OUTPUT_SHEETS.runlog.sheet, OUTPUT_SHEETS.history.sheet]);
  const sheets: string[] = [];
  const changedSheets: string[] = [];
  const covered = new Set<string>();
  for (const sheet of before.sheets) {
    const own = sheet.part === null ? [] : sheetParts(before, sheet.part);
    own.forEach((p) => covered.add(p));
    const match = after.sheets.find((s) => s.name === sheet.name);
    if (match === undefined) sheets.push(sheet.name);
    else if (!logged.has(sheet.name) && own.some((p) => beforeParts.has(p) && !same(beforeParts.get(p), afterParts.get(p)))) changedSheets.push(sheet.name);
  }
  return { sheets, changedSheets, covered };
}

/**
 * What `existing` holds that `copy` (the new copy, written at the time of
 * the existing file's last run) would not carry, or null when the two are
 * the same part for part (every part of `existing` is in `copy` unchanged).
 */
export function wouldLose(existing: Uint8Array, copy: Uint8Array): Lost | null {
  const beforeParts = readZip(existing);
  const afterParts = readZip(copy);
  const differing = [...beforeParts.keys()].filter((name) => !same(beforeParts.get(name), afterParts.get(name)));
  if (differing.length === 0) return null;
  const before = readPackage(existing);
  const after = readPackage(copy);
  const { sheets, changedSheets, covered } = sheetsLost(before, after, beforeParts, afterParts);
  const shared = new Set(["[Content_Types].xml", before.workbookPart, relsPartOf(before.workbookPart), before.stylesPart]);
  const runLogRows = rowsMissing(loggedRows(before, OUTPUT_SHEETS.runlog).rows, loggedRows(after, OUTPUT_SHEETS.runlog).rows).length;
  const historyBlocks = blocksMissing(before, after);
  const parts = differing.filter((name) => !covered.has(name) && !shared.has(name) && !name.startsWith("docProps/"));
  const lost = { sheets, changedSheets, runLogRows, historyBlocks, parts };
  const named = sheets.length + changedSheets.length + runLogRows + historyBlocks + parts.length > 0;
  // A difference none of these names (a defined name, a style, RunLog's own formatting): the parts themselves.
  return named ? lost : { ...lost, parts: differing };
}
