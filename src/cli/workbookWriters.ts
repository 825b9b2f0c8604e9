/**
 * What writes a new workbook (`appraise template`, `appraise demo`), with
 * ExcelJS, which takes some 0.2 s to load: main.ts loads this module
 * (`loadWorkbookWriters`) only for those two commands. Both build their
 * inputs with the xlsx adapter's one input-table writer
 * (inputTablesWorkbook); `demo` then grades them through the package port,
 * as `score` grades a file (demo/demoWorkbook.ts).
 */
export { demoInputWorkbook, gradedDemo } from "./demo/demoWorkbook";
export { workbookToBuffer } from "../workbook/exceljs/files";
export { writeFileAtomically } from "../workbook/xlsx/atomicWrite";
// `appraise template`: the builder the browser page's new year's workbook uses too.
export { templateWorkbook } from "../workbook/exceljs/templateWorkbook";
