/**
 * The contract's driver for the package port (src/workbook/xlsx/packagePort.ts)
 * on real files, as `appraise score --in-place` uses it: the workbook is a
 * file; a grading opens its bytes, runs the port and saves the copy over it
 * (each copy checked by packageStructure.ts, as runCli does); what a user
 * then sees is read back from the saved file by other readers (ExcelJS for
 * cells, the package's parts for tables, protection and names). A user's
 * edits between gradings are made by another program (openpyxl), as an
 * office would in Excel or WPS. A user's summary over a table is calculated
 * as the fake Excel host calculates it (test/fakeExcel/formulas.ts), since
 * no program here recalculates a saved file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Workbook, type CellValue } from "exceljs";
import { openPackage } from "../../src/workbook/xlsx/openPackage";
import { createPackagePort } from "../../src/workbook/xlsx/packagePort";
import { readPackage } from "../../src/workbook/xlsx/readPackage";
import { runAppraisal } from "../../src/workbook/runAppraisal";
import { parseRect } from "../fakeExcel";
import { evaluate } from "../fakeExcel/formulas";
import { readBack, tempDir } from "../helpers/cli";
import { findPython, runPython } from "../helpers/external";
import { asText } from "../helpers/golden";
import { packageStructureProblems } from "../helpers/packageStructure";
import { rewriteZip, zipText } from "../helpers/workbooks";
import type { CellView, ContractDriver, HostWorkbook, SpecCell, SpecCells, SpecTable, WorkbookSpec } from "./driver";

const OPENPYXL = findPython(["openpyxl"]);
const EDIT_SCRIPT = fs.readFileSync(path.join(__dirname, "editWithOpenpyxl.py"), "utf8");
const DATE_FORMAT = "yyyy-mm-dd";

/** A spec cell as ExcelJS takes it. */
function excelJsValue(cell: SpecCell): CellValue {
  if (cell !== null && typeof cell === "object" && !(cell instanceof Date)) return { formula: cell.formula.replace(/^=/, "") } as CellValue;
  return cell;
}

function putCells(wb: Workbook, c: SpecCells): void {
  const ws = wb.getWorksheet(c.sheet) ?? wb.addWorksheet(c.sheet);
  const origin = parseRect(c.at);
  if (origin === null) throw new Error(`Not a cell: ${c.at}`);
  c.rows.forEach((r, i) =>
    r.forEach((v, j) => {
      const cell = ws.getRow(origin.row + 1 + i).getCell(origin.col + 1 + j);
      cell.value = excelJsValue(v);
      if (v instanceof Date) cell.numFmt = DATE_FORMAT;
    }),
  );
}

function addSpecTable(wb: Workbook, t: SpecTable): void {
  const ws = wb.getWorksheet(t.sheet) ?? wb.addWorksheet(t.sheet);
  const totals = t.totalsLabel !== undefined;
  ws.addTable({
    name: t.name,
    ref: t.at ?? "A1",
    headerRow: true,
    totalsRow: totals,
    columns: t.header.map((name, i) => ({ name: String(name), ...(totals && i === 0 ? { totalsRowLabel: t.totalsLabel } : {}) })),
    rows: t.rows.map((r) => r.map(excelJsValue)),
  });
  // Dates take a date format, as when typed in Excel.
  putCells(wb, { sheet: t.sheet, at: t.at ?? "A1", rows: [t.header, ...t.rows] });
}

/** A spec cell as the openpyxl script takes it. */
function jsonCell(cell: SpecCell): unknown {
  return cell instanceof Date ? { date: cell.toISOString().slice(0, 10) } : cell;
}

/** The cell as Excel would show it on opening: a summary over a table calculated, else the value saved. */
function viewOf(value: CellValue, wb: Workbook): CellView {
  if (value === null || typeof value !== "object" || value instanceof Date)
    return { formula: null, value: value instanceof Date ? value.toISOString() : (value ?? null) };
  if ("formula" in value) {
    const formula = `=${String(value.formula)}`;
    const calculated = evaluate(formula, (table, column) => tableColumn(wb, table, column));
    const result = calculated ?? (value.result as string | number | boolean | undefined) ?? null;
    return { formula, value: result !== null && typeof result === "object" ? (result as { error: string }).error : result };
  }
  return { formula: null, value: "richText" in value ? value.richText.map((r) => r.text).join("") : String(value) };
}

/** The body cells of a table's column (its first when `column` is null), read with ExcelJS. */
function tableColumn(wb: Workbook, table: string, column: string | null): (string | number | boolean | null)[] | null {
  for (const ws of wb.worksheets) {
    const found = (ws.getTables() as unknown as { model: { name: string; tableRef: string } }[]).find(
      (t) => t.model.name.toLowerCase() === table.toLowerCase(),
    );
    if (found === undefined) continue;
    const [first, last] = found.model.tableRef.split(":").map((a) => ws.getCell(a));
    const headers = Array.from({ length: Number(last.col) - Number(first.col) + 1 }, (_, i) =>
      String(ws.getCell(Number(first.row), Number(first.col) + i).value),
    );
    const at = column === null ? 0 : headers.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    if (at < 0) return null;
    return Array.from({ length: Number(last.row) - Number(first.row) }, (_, i) => {
      const v = ws.getCell(Number(first.row) + 1 + i, Number(first.col) + at).value;
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
    });
  }
  return null;
}

/**
 * A sheet's values as text, header first; a merged area shows its value once, in its first cell, as Excel
 * shows it (ExcelJS repeats the value in every cell of the area).
 */
function sheetText(wb: Workbook, name: string): string[][] | null {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) return null;
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (line[c - 1] = cell.isMerged && cell.master.address !== cell.address ? null : cell.value));
    rows[r - 1] = Array.from(line, (v) => v ?? null);
  });
  return asText(Array.from(rows, (r) => r ?? []));
}

function workbookAt(file: string): HostWorkbook {
  const bytes = (): Buffer => fs.readFileSync(file);
  const edit = (edits: object): void => {
    if (OPENPYXL === null) throw new Error("python3-openpyxl is needed to edit a saved workbook (apt-get install -y python3-openpyxl)");
    const json = `${file}.edits.json`;
    fs.writeFileSync(json, JSON.stringify(edits));
    runPython(OPENPYXL, EDIT_SCRIPT, [file, json]);
    // openpyxl names a sheet's tables by absolute targets ("/xl/tables/table5.xml"), the same parts as Excel's
    // relative ones ("../tables/table5.xml"), which are all ExcelJS 4.4 (the reader of cells here) follows.
    fs.writeFileSync(
      file,
      rewriteZip(bytes(), (name, text) => (name.endsWith(".rels") ? text.replace(/Target="\/xl\/tables\//g, 'Target="../tables/') : text)),
    );
  };
  const sheetPart = (sheet: string): string | null => readPackage(bytes()).sheets.find((s) => s.name === sheet)?.part ?? null;
  return {
    async grade({ lang, now }) {
      const opened = openPackage(bytes());
      if (!opened.ok) throw new Error(`cannot open ${file}: ${JSON.stringify(opened.problem)}`);
      const port = createPackagePort(opened.opened);
      const outcome = await runAppraisal(port, { lang, version: "0.1.0", now });
      const copy = port.copy();
      if (copy !== null) {
        expect(packageStructureProblems(Buffer.from(copy))).toEqual([]);
        fs.writeFileSync(file, copy);
      }
      return outcome;
    },
    async setInputs(tables) {
      edit({ tables: tables.map((t) => ({ name: t.name, at: t.at ?? "A1", header: t.header.map(jsonCell), rows: t.rows.map((r) => r.map(jsonCell)) })) });
    },
    async setCells(cells) {
      edit({ cells: [{ sheet: cells.sheet, at: cells.at, rows: cells.rows.map((r) => r.map(jsonCell)) }] });
    },
    sheetNames: async () => readPackage(bytes()).sheets.map((s) => s.name),
    sheetText: async (sheet) => sheetText(await readBack(file), sheet),
    async cell(address) {
      const wb = await readBack(file);
      const [sheet, local] = address.split("!");
      const ws = wb.getWorksheet(sheet.replace(/^'|'$/g, ""));
      return ws === undefined ? { formula: null, value: null } : viewOf(ws.getCell(local).value, wb);
    },
    async table(name) {
      for (const sheet of readPackage(bytes()).sheets) {
        const found = sheet.tables.find((t) => t.definition.name === name);
        if (found === undefined) continue;
        const wb = await readBack(file);
        const ws = wb.getWorksheet(sheet.name);
        const [first, last] = found.definition.ref.split(":").map((a) => ws?.getCell(a));
        const grid = Array.from({ length: Number(last?.row) - Number(first?.row) + 1 }, (_, r) =>
          Array.from(
            { length: Number(last?.col) - Number(first?.col) + 1 },
            (_, c) => ws?.getCell(Number(first?.row) + r, Number(first?.col) + c).value ?? null,
          ),
        );
        const [header, ...rows] = asText(grid);
        return { sheet: sheet.name, address: found.definition.ref, header, rows, identity: `${found.part}#${found.definition.id}` };
      }
      return null;
    },
    async isProtected(sheet) {
      const part = sheetPart(sheet);
      return part !== null && /<sheetProtection\b[^>]*\bsheet="(1|true)"/.test(zipText(bytes(), part) ?? "");
    },
    reopen: async () => workbookAt(file),
    async definedNames() {
      const names: Record<string, string> = {};
      for (const n of readPackage(bytes()).workbook.definedNames) if (n.localSheetId === undefined) names[n.name] = n.text;
      return names;
    },
  };
}

export function packageDriver(): ContractDriver {
  let dir: string | null = null;
  let count = 0;
  const fileIn = (): string => {
    dir ??= tempDir("appraise-contract-");
    return path.join(dir, `book${++count}.xlsx`);
  };
  return {
    name: "the package port on real files",
    needs: { tool: "python3-openpyxl", available: OPENPYXL !== null, install: "apt-get install -y python3-openpyxl" },
    async create(spec: WorkbookSpec) {
      const wb = new Workbook();
      if (spec.date1904 === true) wb.properties.date1904 = true;
      for (const c of spec.cells ?? []) putCells(wb, c);
      for (const t of spec.tables) addSpecTable(wb, t);
      const file = fileIn();
      await wb.xlsx.writeFile(file);
      return workbookAt(file);
    },
    async open(source) {
      const file = fileIn();
      fs.copyFileSync(source, file);
      return workbookAt(file);
    },
    dispose() {
      if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}
