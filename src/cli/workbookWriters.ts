/**
 * What writes a new workbook (`appraise template`, `appraise demo`), with
 * ExcelJS, which takes some 0.2 s to load: main.ts loads this module
 * (`loadWorkbookWriters`) only for those two commands.
 */
export { demoInputWorkbook, gradedDemoWorkbook } from "./demo/demoWorkbook";
export { templateWorkbook } from "./template";
export { saveWorkbook } from "../workbook/xlsx/files";
