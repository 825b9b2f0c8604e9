/**
 * The adapter's read: every table of the workbook as a TableGrid, and the
 * ownership of the output sheets.
 *
 * Office.js cannot list the tables and read their ranges in one sync (a
 * range comes from a method of a table proxy that must be named first), so
 * the first sync reads the list *and* probes, by name, the tables Appraise
 * expects (each input table under its English and Chinese names; absent ones
 * come back as null objects). A normal workbook is then read in that one
 * sync. Tables with other names are not read at all (the engine would ignore
 * them), and bodies longer than the probe's first rows are read in chunks
 * under the byte budget.
 *
 * Should the probing sync itself fail (too big, or a host that treats the
 * null-object probes differently), the read starts over the plain way: list
 * first, then probe the tables that exist, without first rows.
 */
import { DATE_2016_IN_1904, to1900Serial } from "../../engine/serialDates";
import { inputTableNamed } from "../../engine/tableNames";
import { TABLES } from "../../engine/tables";
import { inputTablesOf, onOwnedSheet, ownedOutputSheets, requiredTableMissing } from "../inputTables";
import type { SheetExtent, TableGrid } from "../../engine/types";
import { queueExtents, settleExtents } from "./readBeside";
import type { TableLocation } from "../layout";
import { OUTPUT_KINDS, PRINT_KINDS, type WorkbookSnapshot } from "../port";
import { runBatch, type ExcelRunner } from "./excelRun";
import type { WorkbookLayout } from "../layout";
import { SYNC_BUDGET_BYTES } from "./payload";
import { queueOverview, settleOverview } from "./readOverview";
import { queueProbe, readRemainingRows, settleProbe, type PartialTable, type TableProbe } from "./readTables";

/** Input table names probed in the first sync: every input table under both its names. */
export const EXPECTED_TABLES: readonly string[] = TABLES.flatMap((t) => [t.name, t.zh]);

/**
 * Rows of each table's body read in the first sync; longer bodies are read in
 * chunks sized by the bytes per cell the first rows measured. Indicators is
 * the long table (units × indicators: 45 × 25 is 1,125 rows), so it gets more.
 * At most about 4,000 × 9 + 10 × 1,000 × 7 cells of ~35 bytes (values and
 * valueTypes as JSON) come back: under 4 MB, within Excel on the web's 5 MB.
 */
export const PREFIX_ROWS = { Indicators: 4000, other: 1000 } as const;

function prefixRowsOf(name: string, option: number | undefined): number {
  if (option !== undefined) return option;
  return inputTableNamed(name) === "Indicators" ? PREFIX_ROWS.Indicators : PREFIX_ROWS.other;
}

export interface ReadOptions {
  /** Rows of each body read with the probe (0: none); by table (PREFIX_ROWS) unless given. */
  readonly prefixRows?: number;
  /** Bytes one sync may carry. */
  readonly budgetBytes?: number;
}

export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  readonly layout: WorkbookLayout;
}

interface Attempt {
  /** Probe the expected names in the first sync, before knowing which tables exist. */
  readonly speculate: boolean;
  /** Rows read with the probe: by table when undefined. */
  readonly prefixRows: number | undefined;
}

/** Errors a plainer read may avoid; others (cell-edit mode, access) would only repeat. */
const RETRY_PLAINER = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "InvalidArgument",
  "InvalidReference",
  "ItemNotFound",
  "GeneralException",
  "NotImplemented",
]);

function toGrid(t: PartialTable): TableGrid {
  const grid = { name: t.name, sheet: t.sheet, headerRow: t.headerRow, firstColumn: t.firstColumn, header: t.header, rows: t.rows };
  return t.beside === null ? grid : { ...grid, beside: t.beside };
}

/**
 * The used ranges of the sheets without tables (not Appraise's), for
 * TABLE_MISSING to say where plain data is: read, in one more sync, only
 * when a required table is missing, so a workbook that has them pays nothing.
 */
async function plainExtents(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  tables: readonly TableLocation[],
  inputs: readonly TableLocation[],
  owned: readonly string[],
): Promise<SheetExtent[] | undefined> {
  if (!requiredTableMissing(inputs)) return undefined;
  const withTables = new Set(tables.map((t) => t.sheet.toLowerCase()));
  const names = sheets.items.map((s) => s.name).filter((n) => !withTables.has(n.toLowerCase()) && !onOwnedSheet(n, owned));
  const proxies = queueExtents(context, names);
  await context.sync();
  return settleExtents(proxies);
}

async function readOnce(run: ExcelRunner, attempt: Attempt, budget: number): Promise<ReadResult> {
  return runBatch(run, async (context) => {
    const overviewProxies = queueOverview(context);
    const sheetList = context.workbook.worksheets.load("items/name");
    const dateCheck = context.workbook.functions.date(2016, 1, 1);
    dateCheck.load("value");
    const names = attempt.speculate ? EXPECTED_TABLES : [];
    const expected = names.map((name) => queueProbe(context.workbook.tables.getItemOrNullObject(name), prefixRowsOf(name, attempt.prefixRows)));
    await context.sync();

    const { tables, layout, history, lastChainDigest, lastRunFingerprint } = settleOverview(overviewProxies);
    const ownership = Object.fromEntries(OUTPUT_KINDS.map((k) => [k, layout.outputs[k].ownership])) as WorkbookSnapshot["ownership"];
    // Only the input tables: the engine reads nothing else, and a user's own big table must not cost syncs.
    const inputs = inputTablesOf(tables, ownership);
    const read = new Map<string, PartialTable>();
    for (const probe of expected) {
      if (probe.table.isNullObject) continue;
      const t = settleProbe(probe);
      read.set(t.name.toLowerCase(), t);
    }
    const rest: TableProbe[] = inputs
      .filter((t) => !read.has(t.name.toLowerCase()))
      .map((t) => queueProbe(context.workbook.tables.getItem(t.name), prefixRowsOf(t.name, attempt.prefixRows)));
    if (rest.length > 0) {
      await context.sync();
      for (const probe of rest) {
        const t = settleProbe(probe);
        read.set(t.name.toLowerCase(), t);
      }
    }
    const partial = inputs.map((t) => read.get(t.name.toLowerCase())).filter((t): t is PartialTable => t !== undefined);
    await readRemainingRows(context, partial, budget);
    if (dateCheck.value === DATE_2016_IN_1904) await convertFrom1904(context, partial);
    const sheets = await plainExtents(context, sheetList, tables, inputs, ownedOutputSheets(ownership));
    const printOwnership = Object.fromEntries(PRINT_KINDS.map((k) => [k, layout.print[k].ownership])) as WorkbookSnapshot["printOwnership"];
    const input = sheets === undefined ? { tables: partial.map(toGrid) } : { tables: partial.map(toGrid), sheets };
    return { snapshot: { input, ownership, printOwnership, history, lastChainDigest, lastRunFingerprint }, layout };
  });
}

/**
 * In a 1904 workbook: one more sync reads the number formats of the input
 * tables' bodies, and every number in a date format becomes the engine's
 * 1900 serial (see engine/serialDates.ts). 1900 workbooks, nearly all of them, pay
 * nothing.
 */
async function convertFrom1904(context: Excel.RequestContext, tables: readonly PartialTable[]): Promise<void> {
  const formats = tables.map((t) => {
    const range = context.workbook.tables.getItem(t.name).getDataBodyRange();
    range.load("numberFormat");
    return range;
  });
  await context.sync();
  tables.forEach((t, i) => {
    const grid = formats[i].numberFormat;
    t.rows.forEach((row, r) => row.forEach((cell, c) => (row[c] = to1900Serial(cell, grid[r]?.[c]))));
  });
}

/**
 * Reads every input table (by its English or Chinese name; not those on
 * Appraise's own output sheets) and the output sheets' ownership and layout.
 * @example
 * const { snapshot } = await readWorkbook(Excel.run);
 * snapshot.input.tables.map((t) => t.name) //=> ["Units", "Indicators", ...]
 */
export async function readWorkbook(run: ExcelRunner, options: ReadOptions = {}): Promise<ReadResult> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const attempts: Attempt[] = [
    { speculate: true, prefixRows: options.prefixRows },
    { speculate: false, prefixRows: 0 },
  ];
  for (let i = 0; ; i++) {
    try {
      return await readOnce(run, attempts[i], budget);
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code;
      if (i === attempts.length - 1 || typeof code !== "string" || !RETRY_PLAINER.has(code)) throw e;
    }
  }
}

/** Only the output sheets' layout (for a write not preceded by a read): one sync. */
export async function readLayout(run: ExcelRunner): Promise<WorkbookLayout> {
  return runBatch(run, async (context) => {
    const proxies = queueOverview(context);
    await context.sync();
    return settleOverview(proxies).layout;
  });
}
