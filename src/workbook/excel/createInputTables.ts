/**
 * "Create input tables" for a new year's workbook: adds every input table the
 * workbook lacks, laid out as `appraise template` lays it out
 * (buildTemplatePlan), and nothing else.
 *
 * Two syncs: one looks everything up (each table under both its names, the
 * defined names that would block a table name, the sheets and whether the
 * template's sheets are empty), one writes every missing table. When nothing
 * is missing there is no write.
 *
 * Never touches what is there: an existing table (found by either name,
 * anywhere in the workbook) is skipped, and a sheet that already has content
 * is left alone; the table goes on a new sheet with a free name such as
 * "指标考核 (2)". An empty sheet with the template's name is used as it is.
 *
 * When it adds a table it also adds the guide sheet (说明), first, unless a
 * sheet of that name has content; and, where Excel has ExcelApi 1.8
 * (Range.dataValidation; the manifest asks only 1.7), the template's
 * drop-down lists on the new tables' columns. Without 1.8 the tables come
 * without lists and the guide says which words to use.
 */
import type { Lang } from "../../engine/types";
import {
  buildTemplateGuide,
  buildTemplatePlan,
  DATE_FORMAT,
  LIST_LAST_ROW,
  listAlert,
  TEMPLATE_DATE_WIDTH,
  type TemplateGuide,
  type TemplateTable,
} from "../template";
import { officeRun, runBatch, type ExcelRunner } from "./excelRun";
import { officeLang } from "./officeLang";
import { blockAddress } from "./blockAddress";
import { freeSheetName, tableCells, type CreateInputTablesReport } from "../createTables";

export { freeSheetName, tableCells, type CreateInputTablesReport };

export interface CreateInputTablesOptions {
  /** Add the drop-down lists (Range.dataValidation, ExcelApi 1.8, below the manifest's 1.9); on unless a test turns them off. */
  readonly lists?: boolean;
  /** The tables to add: the year's template unless given (the pane's import gives it filled, import/importedPlan.ts). */
  readonly plan?: readonly TemplateTable[];
}

/** Points of a column `chars` characters wide in Excel's default font (7 pixels a character, 5 of padding). */
const charsToPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75);

/** Where one missing table goes. */
interface Placement {
  readonly plan: TemplateTable;
  /** The table's name: English, or Chinese when a defined name holds the English one. */
  readonly name: string;
  readonly sheet: string;
  /** The sheet exists (and is empty): write into it instead of adding one. */
  readonly reuseSheet: boolean;
}

interface Lookup {
  readonly plan: TemplateTable;
  readonly tables: readonly [Excel.Table, Excel.Table];
  readonly names: readonly [Excel.NamedItem, Excel.NamedItem];
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

const lower = (s: string): string => s.toLowerCase();

/** Queues the lookups of one table (no sync). */
function queueLookup(context: Excel.RequestContext, plan: TemplateTable): Lookup {
  const wb = context.workbook;
  const sheet = wb.worksheets.getItemOrNullObject(plan.sheet);
  const used = sheet.getUsedRangeOrNullObject();
  used.load("address");
  return {
    plan,
    tables: [wb.tables.getItemOrNullObject(plan.table), wb.tables.getItemOrNullObject(plan.zh)],
    names: [wb.names.getItemOrNullObject(plan.table), wb.names.getItemOrNullObject(plan.zh)],
    sheet,
    used,
  };
}

/** Decides, after the lookup sync, which tables to add and where. */
function place(lookups: readonly Lookup[], sheetNames: readonly string[]): { placements: Placement[]; skipped: string[] } {
  const taken = new Set(sheetNames.map(lower));
  const placements: Placement[] = [];
  const skipped: string[] = [];
  for (const l of lookups) {
    const name = [l.plan.table, l.plan.zh].find((_, i) => l.names[i].isNullObject);
    if (l.tables.some((t) => !t.isNullObject) || name === undefined) {
      skipped.push(l.plan.table);
      continue;
    }
    const reuseSheet = !l.sheet.isNullObject && l.used.isNullObject;
    const sheet = reuseSheet ? l.plan.sheet : freeSheetName(l.plan.sheet, taken);
    taken.add(lower(sheet));
    placements.push({ plan: l.plan, name, sheet, reuseSheet });
  }
  return { placements, skipped };
}

/** Queues a table's drop-down lists: each list column's cells under the header (no sync). */
function queueLists(ws: Excel.Worksheet, plan: TemplateTable, lang: Lang): void {
  plan.lists.forEach((words, c) => {
    if (words === null) return;
    const column = ws.getRangeByIndexes(1, c, LIST_LAST_ROW - 1, 1).dataValidation;
    const alert = listAlert(words, lang);
    column.clear();
    column.rule = { list: { inCellDropDown: true, source: words.join(",") } };
    column.errorAlert = { showAlert: true, style: "Warning", title: alert.title, message: alert.message };
  });
}

/** Queues the guide sheet: added first, or an empty one of its name used (no sync). */
function queueGuide(context: Excel.RequestContext, guide: TemplateGuide, reuse: boolean): void {
  const worksheets = context.workbook.worksheets;
  const ws = reuse ? worksheets.getItem(guide.sheet) : worksheets.add(guide.sheet);
  if (!reuse) ws.position = 0;
  const range = ws.getRange(blockAddress(1, 1, guide.rows.length, 2));
  range.numberFormat = guide.rows.map(() => ["@", "@"]);
  range.values = guide.rows.map((r) => [...r]);
  ws.getRange("A:A").format.columnWidth = charsToPoints(18);
  const text = ws.getRange("B:B");
  text.format.columnWidth = charsToPoints(100);
  text.format.wrapText = true;
  guide.rows.forEach(([, body], i) => {
    if (i === 0 || body === "") ws.getRange(`A${i + 1}`).format.font.bold = true;
  });
}

/** Queues the writes of one table (no sync). */
function queueTable(context: Excel.RequestContext, p: Placement, lang: Lang, lists: boolean): void {
  const worksheets = context.workbook.worksheets;
  const ws = p.reuseSheet ? worksheets.getItem(p.sheet) : worksheets.add(p.sheet);
  const { values, formats } = tableCells(p.plan);
  const address = blockAddress(1, 1, values.length, p.plan.header.length);
  const range = ws.getRange(address);
  // Formats before values, as typing into a Text cell: the text stays text.
  range.numberFormat = formats;
  range.values = values;
  const table = ws.tables.add(address, true);
  table.name = p.name;
  range.format.autofitColumns();
  // A date needs more room than a short header such as 日期: no ### once one is typed.
  p.plan.formats.forEach((f, c) => {
    if (f === DATE_FORMAT) range.getColumn(c).format.columnWidth = charsToPoints(TEMPLATE_DATE_WIDTH);
  });
  ws.freezePanes.freezeRows(1);
  if (lists) queueLists(ws, p.plan, lang);
}

/**
 * Adds the input tables the workbook lacks, headed in `lang` (Office's
 * display language unless given), with the Rules of the appraisal of `year`
 * (the current year unless given), the guide sheet and, where Excel can, the
 * drop-down lists. Resolves to what was created and skipped; host failures
 * reject (the pane describes them).
 * @example
 * await createInputTables() //=> { created: ["Units", "Indicators", …], skipped: [], sheets: ["考评对象", "指标考核", …], guide: "说明" }
 */
export async function createInputTables(
  run: ExcelRunner = officeRun,
  lang: Lang = officeLang(),
  year: number = new Date().getFullYear(),
  options: CreateInputTablesOptions = {},
): Promise<CreateInputTablesReport> {
  const plan = options.plan ?? buildTemplatePlan(lang, year);
  const guide = buildTemplateGuide(lang, year);
  // Range.dataValidation is ExcelApi 1.8; the manifest requires 1.9, so every host that runs this has it.
  const lists = options.lists ?? true;
  return runBatch(run, async (context) => {
    const lookups = plan.map((t) => queueLookup(context, t));
    const guideSheet = context.workbook.worksheets.getItemOrNullObject(guide.sheet);
    const guideUsed = guideSheet.getUsedRangeOrNullObject().load("address");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const { placements, skipped } = place(
      lookups,
      sheets.items.map((s) => s.name),
    );
    if (placements.length === 0) return { created: [], skipped, sheets: [], guide: null };
    for (const p of placements) queueTable(context, p, lang, lists);
    const writeGuide = guideSheet.isNullObject || guideUsed.isNullObject;
    if (writeGuide) queueGuide(context, guide, !guideSheet.isNullObject);
    await context.sync();
    return { created: placements.map((p) => p.plan.table), skipped, sheets: placements.map((p) => p.sheet), guide: writeGuide ? guide.sheet : null };
  });
}
