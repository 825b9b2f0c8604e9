/**
 * "Create input tables" in WPS 表格: the same rules as the Office.js
 * adapter's (../excel/createInputTables.ts), from the same declarations
 * (buildTemplatePlan, buildTemplateGuide), through WPS's synchronous object
 * model (./facade.ts cites each member in Kingsoft's typings).
 *
 * Adds every input table the workbook lacks; an existing table (found by
 * either name, on any sheet) is skipped, and so is a table whose two names
 * are both taken by defined names. Never touches what is there: a sheet
 * with content is left alone and the table goes on a new sheet with a free
 * name such as "指标考核 (2)"; an empty sheet with the template's name is
 * used. When it adds a table it also adds the guide sheet (说明), first,
 * unless a sheet of that name has content. The new tables get their
 * columns' number formats (dates yyyy-mm-dd, text as Text), widths, the
 * header row frozen, and the template's drop-down lists (Range.Validation,
 * a warning on other words, as the Office.js adapter's).
 */
import type { Lang } from "../../engine/types";
import { freeSheetName, tableCells, type CreateInputTablesReport } from "../createTables";
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
import { get, itemsOf, sizeOf, type WpsWorkbook, type WpsWorksheet } from "./facade";
import { freezeHeaders } from "./freezeWps";
import { block } from "./writeWps";

/** XlDVType.xlValidateList (et-jsapi-declare lib.et.d.ts 17173). */
const XL_VALIDATE_LIST = 3;
/** XlDVAlertStyle.xlValidAlertWarning (17196): another word is warned about, not refused (the engine reads other words too). */
const XL_VALID_ALERT_WARNING = 2;
/** XlFormatConditionOperator.xlBetween (17153): ignored for a list, given as VBA's default. */
const XL_BETWEEN = 1;
/** ListObjects.Add's SourceType xlSrcRange (18136) and XlListObjectHasHeaders xlYes (17544). */
const XL_SRC_RANGE = 1;
const XL_YES = 1;

/** Width of the guide's two columns in characters (Range.ColumnWidth is in characters in WPS, as in VBA). */
const GUIDE_WIDTHS = [18, 100] as const;

const lower = (s: string): string => s.toLowerCase();

/** Where one missing table goes. */
interface Placement {
  readonly plan: TemplateTable;
  /** The table's name: English, or Chinese when a defined name holds the English one. */
  readonly name: string;
  readonly sheet: string;
  /** The sheet exists (and is empty): write into it instead of adding one. */
  readonly reuseSheet: boolean;
}

/** What the workbook has, looked up once. */
interface Found {
  readonly tables: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  /** Lower-cased sheet name → whether it is blank. */
  readonly sheets: ReadonlyMap<string, boolean>;
}

/**
 * A sheet with nothing on it: no table, and a used range of one cell with
 * nothing typed (WPS, like VBA, gives A1 as an empty sheet's UsedRange).
 */
export function isBlankSheet(ws: WpsWorksheet): boolean {
  if (get(ws.ListObjects.Count) > 0) return false;
  const used = get(ws.UsedRange);
  const { rows, columns } = sizeOf(used);
  if (rows > 1 || columns > 1) return false;
  const formula = used.Formula;
  return formula === "" || formula === null || formula === undefined;
}

/** The workbook's tables, defined names and sheets, lower-cased. */
function lookUp(wb: WpsWorkbook): Found {
  const sheets = itemsOf(wb.Worksheets);
  return {
    tables: new Set(sheets.flatMap((ws) => itemsOf(ws.ListObjects).map((t) => lower(t.Name)))),
    names: new Set(itemsOf(wb.Names).map((n) => lower(n.Name))),
    sheets: new Map(sheets.map((ws) => [lower(ws.Name), isBlankSheet(ws)])),
  };
}

/** Which tables to add and where. */
function place(plan: readonly TemplateTable[], found: Found): { placements: Placement[]; skipped: string[] } {
  const taken = new Set(found.sheets.keys());
  const placements: Placement[] = [];
  const skipped: string[] = [];
  for (const t of plan) {
    const name = [t.table, t.zh].find((n) => !found.names.has(lower(n)));
    if (found.tables.has(lower(t.table)) || found.tables.has(lower(t.zh)) || name === undefined) {
      skipped.push(t.table);
      continue;
    }
    const reuseSheet = found.sheets.get(lower(t.sheet)) === true;
    const sheet = reuseSheet ? t.sheet : freeSheetName(t.sheet, taken);
    taken.add(lower(sheet));
    placements.push({ plan: t, name, sheet, reuseSheet });
  }
  return { placements, skipped };
}

/** A table's drop-down lists: each list column's cells under the header, to row LIST_LAST_ROW. */
function addLists(ws: WpsWorksheet, plan: TemplateTable, lang: Lang): void {
  plan.lists.forEach((words, c) => {
    if (words === null) return;
    const column = ws.Range(block(2, c + 1, LIST_LAST_ROW - 1, 1)).Validation;
    const alert = listAlert(words, lang);
    column.Delete();
    column.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_WARNING, XL_BETWEEN, words.join(","));
    column.InCellDropdown = true;
    column.ErrorTitle = alert.title;
    column.ErrorMessage = alert.message;
    column.ShowError = true;
  });
}

/** The sheet a placement writes on: the empty one of its name, or a new one after the last. */
function sheetFor(wb: WpsWorkbook, p: Placement): WpsWorksheet {
  if (p.reuseSheet) return wb.Worksheets.Item(p.sheet);
  const ws = wb.Worksheets.Add(undefined, wb.Worksheets.Item(get(wb.Worksheets.Count)));
  ws.Name = p.sheet;
  return ws;
}

/** Writes one table: formats before values (as typing into a Text cell: the text stays text), the table, widths, lists. */
function addTable(wb: WpsWorkbook, p: Placement, lang: Lang): WpsWorksheet {
  const ws = sheetFor(wb, p);
  const { values, formats } = tableCells(p.plan);
  const range = ws.Range(block(1, 1, values.length, p.plan.header.length));
  range.NumberFormat = formats;
  range.Value2 = values;
  ws.ListObjects.Add(XL_SRC_RANGE, range, undefined, XL_YES).Name = p.name;
  range.Columns.AutoFit();
  // A date needs more room than a short header such as 日期: no ### once one is typed.
  p.plan.formats.forEach((f, c) => {
    if (f === DATE_FORMAT) ws.Range(block(1, c + 1, 1, 1)).ColumnWidth = TEMPLATE_DATE_WIDTH;
  });
  addLists(ws, p.plan, lang);
  return ws;
}

/** The guide sheet: added first, or the empty one of its name used. */
function addGuide(wb: WpsWorkbook, guide: TemplateGuide, reuse: boolean): void {
  const sheets = wb.Worksheets;
  const ws = reuse ? sheets.Item(guide.sheet) : sheets.Add(sheets.Item(1), undefined);
  if (!reuse) ws.Name = guide.sheet;
  const range = ws.Range(block(1, 1, guide.rows.length, 2));
  range.NumberFormat = guide.rows.map(() => ["@", "@"]);
  range.Value2 = guide.rows.map((r) => [...r]);
  GUIDE_WIDTHS.forEach((w, c) => (ws.Range(block(1, c + 1, 1, 1)).ColumnWidth = w));
  ws.Range(block(1, 2, guide.rows.length, 1)).WrapText = true;
  guide.rows.forEach(([, body], i) => {
    if (i === 0 || body === "") ws.Range(block(i + 1, 1, 1, 1)).Font.Bold = true;
  });
}

export interface CreateTablesWpsOptions {
  /** The tables to add: the year's template unless given. */
  readonly plan?: readonly TemplateTable[];
}

/**
 * Adds the input tables the workbook lacks, headed in `lang`, with the Rules
 * of the appraisal of `year`, the guide sheet and the drop-down lists.
 * Returns what was created and skipped (the Office.js adapter's report);
 * host failures throw (the pane describes them).
 * @example
 * createTablesWps(wps.EtApplication().ActiveWorkbook, "zh", 2027) //=> { created: ["Units", "Indicators", …], skipped: [], sheets: ["考评对象", "指标考核", …], guide: "说明" }
 */
export function createTablesWps(wb: WpsWorkbook, lang: Lang, year: number, options: CreateTablesWpsOptions = {}): CreateInputTablesReport {
  const plan = options.plan ?? buildTemplatePlan(lang, year);
  const guide = buildTemplateGuide(lang, year);
  const found = lookUp(wb);
  const { placements, skipped } = place(plan, found);
  if (placements.length === 0) return { created: [], skipped, sheets: [], guide: null };
  const written = placements.map((p) => addTable(wb, p, lang));
  const guideBlank = found.sheets.get(lower(guide.sheet));
  const writeGuide = guideBlank !== false;
  if (writeGuide) addGuide(wb, guide, guideBlank === true);
  // The header row frozen on the sheets the tables went on (./freezeWps.ts: the user's active sheet kept).
  freezeHeaders(wb, written);
  return { created: placements.map((p) => p.plan.table), skipped, sheets: placements.map((p) => p.sheet), guide: writeGuide ? guide.sheet : null };
}
