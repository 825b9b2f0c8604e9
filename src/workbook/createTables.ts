/**
 * What every host's "Create input tables" shares (the Office.js adapter's
 * excel/createInputTables.ts, the WPS adapter's wps/createTablesWps.ts): the
 * report, the free sheet name beside a sheet with content, a new table's
 * cells, and the filter that takes the change events of the tables' writes
 * as Appraise's own. Pure: no host's object model.
 */
import type { TemplateTable } from "./template";

export interface CreateInputTablesReport {
  /** English names of the tables added. */
  readonly created: string[];
  /**
   * English names of the tables left out: those the workbook has (under
   * either name), and any whose two names are both taken by defined names.
   */
  readonly skipped: string[];
  /** The sheets the new tables went on (added, or empty ones used), in the order of `created`. */
  readonly sheets: string[];
  /** The guide sheet written (说明 or Guide), or null: nothing was created, or a sheet of that name has content. */
  readonly guide: string | null;
}

const lower = (s: string): string => s.toLowerCase();

/**
 * The template's sheet name if it is free, else the first "name (n)" that is.
 * `taken` holds lower-cased sheet names.
 * @example
 * freeSheetName("指标考核", new Set(["指标考核"])) //=> "指标考核 (2)"
 */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(lower(base))) return base;
  // A sheet name has at most 31 characters: shorten the base, not the number.
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(lower(name))) return name;
  }
}

/**
 * The cells of a new table: the header, then its rows, or one empty row (a
 * table needs a data row). Strings get the Text format, so keys, notes and
 * headers are never read as formulas, numbers or dates; blank cells get their
 * column's format, which the host carries on to the rows the user adds.
 * @example
 * tableCells({ header: ["单位"], formats: ["@"], rows: [], … }) //=> { values: [["单位"], [""]], formats: [["@"], ["@"]] }
 */
export function tableCells(plan: TemplateTable): { values: (string | number)[][]; formats: string[][] } {
  const rows = plan.rows.length > 0 ? plan.rows : [plan.header.map(() => null)];
  return {
    values: [[...plan.header], ...rows.map((r) => plan.header.map((_, c) => r[c] ?? ""))],
    formats: [plan.header.map(() => "@"), ...rows.map((r) => plan.header.map((_, c) => (typeof r[c] === "string" ? "@" : plan.formats[c])))],
  };
}

/** How long after creating input tables the changes on their sheets are taken as Appraise's own (ms). */
export const CREATED_SHEETS_QUIET_MS = 1500;

/**
 * Tells the change events of "Create input tables" from the user's. Excel
 * and WPS fire them for the add-in's own writes (Excel some time after the
 * write); taken as input changes, they would mark a workbook with nothing
 * but empty tables as out of date (and start an auto-recompute). Taken as
 * Appraise's own: every change while tables are being created, and changes
 * on the sheets they were put on (or naming no sheet) for `quietMs` after.
 */
export function createdSheetsFilter(quietMs = CREATED_SHEETS_QUIET_MS, now: () => number = Date.now) {
  let creating = 0;
  let sheets = new Set<string>();
  let until = 0;
  return {
    async create(action: () => Promise<CreateInputTablesReport>): Promise<void> {
      creating++;
      try {
        const report = await action();
        sheets = new Set([...report.sheets, ...(report.guide === null ? [] : [report.guide])].map(lower));
        until = now() + quietMs;
      } finally {
        creating--;
      }
    },
    isOwn(notice: { readonly worksheetName?: string | null }): boolean {
      if (creating > 0) return true;
      if (now() >= until) return false;
      const sheet = notice.worksheetName?.toLowerCase();
      return sheet === undefined || sheets.has(sheet);
    },
  };
}
