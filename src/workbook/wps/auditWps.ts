/**
 * The pane's audit when it opens, in WPS 表格 (SPEC §7, as `appraise verify`
 * and the Excel pane do it, by the same audit: ../audit/auditWorkbook.ts):
 * the inputs read through readWps and graded again, and the owned Results,
 * RunLog and History tables read as they stand, each from its ListObject's
 * HeaderRowRange (Value2, Row, Column) and DataBodyRange (Value2), the
 * members ./facade.ts declares with their typings' lines. Writes nothing:
 * no value, format or selection is set, so no SheetChange fires.
 *
 * A cell's Value2 is handed to the audit as Office.js's `values` give it,
 * so the same cell audits alike in both adapters: blank as "", an error
 * (a COM CVErr, ./wpsCells.ts) as its text ("#DIV/0!").
 */
import { grade } from "../../engine/grade";
import { auditWorkbook } from "../audit/auditWorkbook";
import { NO_TABLE, type LoggedTable } from "../audit/loggedTable";
import type { ResultsAudit, ResultsCells } from "../audit/auditResults";
import { OUTPUT_SHEETS, type OutputKind } from "../port";
import type { WorkbookLayout } from "../layout";
import type { WpsListObject, WpsValue, WpsWorkbook } from "./facade";
import { readWps, tableNamed, valuesOf, type WpsView } from "./readWps";
import { wpsCell } from "./wpsCells";

/** One owned table as read: its header row's sheet row and column (1-based), header and body. */
interface TableRead {
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

/** A Value2 as Office.js's `values` give it: "" for blank, an error's text, else as read. */
function auditCell(v: WpsValue): string | number | boolean {
  const cell = wpsCell(v);
  if (cell === null) return "";
  return typeof cell === "object" ? cell.error : cell;
}

/**
 * A ListObject's header and body. A table whose header row is hidden
 * (HeaderRowRange null, as in VBA) is read with no header, its header row
 * taken as the row above its first row.
 */
function tableRead(t: WpsListObject): TableRead {
  const header = t.HeaderRowRange;
  const top = header ?? t.Range;
  return {
    headerRow: header === null ? top.Row - 1 : top.Row,
    firstColumn: top.Column,
    header: header === null ? [] : (valuesOf(header)[0] ?? []).map(auditCell),
    rows: valuesOf(t.DataBodyRange).map((row) => row.map(auditCell)),
  };
}

/** The table of `kind` when the layout says it is Appraise's, else null. */
function ownedTable(view: WpsView, layout: WorkbookLayout, kind: OutputKind): TableRead | null {
  if (layout.outputs[kind].ownership !== "owned" || layout.outputs[kind].tableRows === null) return null;
  const found = tableNamed(view, OUTPUT_SHEETS[kind].table);
  return found === undefined ? null : tableRead(found.table);
}

const logged = (t: TableRead | null): LoggedTable => (t === null ? NO_TABLE : { headers: t.header, rows: t.rows, firstRow: t.headerRow + 1 });

const resultsCells = (t: TableRead | null): ResultsCells | null =>
  t === null ? null : { sheet: OUTPUT_SHEETS.results.sheet, headerRow: t.headerRow, firstColumn: t.firstColumn, header: t.header, rows: t.rows };

/**
 * The audit of the workbook as it stands. It grades, so it is loaded with the
 * run's modules (src/hosts/wps/wpsRunModules.ts), not with the pane.
 * @example
 * const audit = auditWps(wps.EtApplication().ActiveWorkbook);
 * audit.edited.map((e) => e.cell) //=> ["考评结果!N5"]
 */
export function auditWps(wb: WpsWorkbook): ResultsAudit {
  const { snapshot, layout, view } = readWps(wb);
  return auditWorkbook({
    result: grade(snapshot.input),
    results: resultsCells(ownedTable(view, layout, "results")),
    runLog: logged(ownedTable(view, layout, "runlog")),
    history: logged(ownedTable(view, layout, "history")),
  });
}
