/**
 * Reading tables' cells through Office.js within a byte budget.
 *
 * A table is first *probed*: its name, sheet, header row and the size of its
 * body, plus the body's first `prefixRows` rows (all of it for a normal
 * table). What the probe left unread is then read in chunks, each at most the
 * budget, sized from the bytes per cell the probe measured.
 */
import { parseAddress } from "../../engine/address";
import type { Beside, Cell } from "../../engine/types";
import { queueBeside, settleBeside, type BesideProxies } from "./readBeside";
import { COMMAND_BYTES, isPayloadError, jsonBytes } from "./payload";
import { toCells } from "./toCells";

/** A table as far as it has been read. */
export interface PartialTable {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly header: readonly Cell[];
  readonly rowCount: number;
  readonly columnCount: number;
  /** Data rows read so far, by index; complete when its length is rowCount. */
  readonly rows: Cell[][];
  /** JSON bytes per cell (values and value types) measured on the rows read, or null. */
  readonly cellBytes: number | null;
  /** The cells beside the table (./readBeside), or null when its range could not be read. */
  readonly beside: Beside | null;
}

export interface TableProbe {
  readonly table: Excel.Table;
  readonly columns: Excel.TableColumnCollection;
  readonly body: Excel.Range;
  readonly prefix: Excel.Range | null;
  readonly beside: BesideProxies;
}

/**
 * Queues the loads of a table's probe (no sync). The first rows are the
 * intersection of the body with `prefixRows` rows from its top, so a short
 * table is read whole and a long one only in part.
 *
 * Every shape of table Excel allows reads the same way: the headers come
 * from the columns' names, which exist also while the header row is hidden
 * (Table Design › Header Row unticked, when there is no header row range to
 * read); the body (`getDataBodyRange`) never includes a totals row; and
 * range values include rows hidden by a filter or by hand, so a filtered
 * table is read whole. The cells beside the table are queued with it
 * (./readBeside), relative to its range.
 */
export function queueProbe(table: Excel.Table, prefixRows: number): TableProbe {
  table.load("name, worksheet/name");
  const columns = table.columns.load("items/name");
  const body = table.getDataBodyRange();
  body.load("address, rowCount, columnCount");
  let prefix: Excel.Range | null = null;
  if (prefixRows > 0) {
    prefix = body.getIntersectionOrNullObject(body.getRow(0).getResizedRange(prefixRows - 1, 0));
    prefix.load("values, valueTypes");
  }
  return { table, columns, body, prefix, beside: queueBeside(table) };
}

/** The probe's loaded values (after the sync). */
export function settleProbe(p: TableProbe): PartialTable {
  // The header row is the row above the body, shown or not: diagnostics count data rows from there.
  const origin = parseAddress(p.body.address);
  if (origin === null) throw new Error(`Not a range address: ${p.body.address}`);
  let rows: Cell[][] = [];
  let cellBytes: number | null = null;
  if (p.prefix !== null && !p.prefix.isNullObject) {
    const { values, valueTypes } = p.prefix;
    rows = toCells(values, valueTypes);
    const cells = values.length * (values[0]?.length ?? 0);
    if (cells > 0) cellBytes = (jsonBytes(values) + jsonBytes(valueTypes)) / cells;
  }
  return {
    name: p.table.name,
    sheet: p.table.worksheet.name,
    headerRow: origin.row - 1,
    firstColumn: origin.column,
    header: p.columns.items.map((c) => c.name),
    rowCount: p.body.rowCount,
    columnCount: p.body.columnCount,
    rows,
    cellBytes,
    beside: settleBeside(p.table, p.beside),
  };
}

/** Bytes per cell assumed when nothing was measured: long text in every cell. */
const UNMEASURED_CELL_BYTES = 64;
/** Later rows may hold longer text than the first ones. */
const SAFETY = 1.25;

interface RowJob {
  readonly table: PartialTable;
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

/** The reads still needed, each of at most `budget` bytes by the measured cell size. */
export function planRowJobs(tables: readonly PartialTable[], budget: number): RowJob[] {
  const jobs: RowJob[] = [];
  for (const table of tables) {
    const rowBytes = Math.max(1, table.columnCount) * (table.cellBytes ?? UNMEASURED_CELL_BYTES) * SAFETY;
    const perJob = Math.max(1, Math.floor((budget - 4 * COMMAND_BYTES) / rowBytes));
    for (let start = table.rows.length; start < table.rowCount; start += perJob) {
      const count = Math.min(perJob, table.rowCount - start);
      jobs.push({ table, start, count, bytes: count * rowBytes + 4 * COMMAND_BYTES });
    }
  }
  return jobs;
}

function halves(group: readonly RowJob[]): RowJob[][] | null {
  if (group.length > 1) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  const [job] = group;
  if (job.count < 2) return null;
  const first = job.count >> 1;
  return [[{ ...job, count: first, bytes: job.bytes / 2 }], [{ ...job, start: job.start + first, count: job.count - first, bytes: job.bytes / 2 }]];
}

/**
 * Groups jobs for syncs, each group within the budget: first fit, so the
 * short remainders of several tables share a sync (rows land by index, so
 * order does not matter).
 */
export function groupJobs(jobs: readonly RowJob[], budget: number): RowJob[][] {
  const groups: { jobs: RowJob[]; bytes: number }[] = [];
  for (const job of jobs) {
    const group = groups.find((g) => g.bytes + job.bytes <= budget);
    if (group === undefined) groups.push({ jobs: [job], bytes: job.bytes });
    else {
      group.jobs.push(job);
      group.bytes += job.bytes;
    }
  }
  return groups.map((g) => g.jobs);
}

/**
 * Reads the rows the probes left, one sync per group of chunks under the
 * budget. A group Excel still finds too big is split in two and retried.
 * Returns the number of syncs.
 */
export async function readRemainingRows(context: Excel.RequestContext, tables: readonly PartialTable[], budget: number): Promise<number> {
  const pending = groupJobs(planRowJobs(tables, budget), budget);
  let syncs = 0;
  while (pending.length > 0) {
    const group = pending.shift() as RowJob[];
    const ranges = group.map((job) => {
      const range = context.workbook.tables
        .getItem(job.table.name)
        .getDataBodyRange()
        .getRow(job.start)
        .getResizedRange(job.count - 1, 0);
      range.load("values, valueTypes");
      return range;
    });
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of at most `budget` bytes (Excel on the web rejects requests over 5 MB); the loop ends when the tables are read
      await context.sync();
    } catch (e) {
      const smaller = isPayloadError(e) ? halves(group) : null;
      if (smaller === null) throw e;
      pending.unshift(...smaller);
      continue;
    }
    group.forEach((job, i) => {
      const cells = toCells(ranges[i].values, ranges[i].valueTypes);
      cells.forEach((row, k) => (job.table.rows[job.start + k] = row));
    });
  }
  return syncs;
}
