/**
 * Everything the commands themselves use, and with it ExcelJS, which takes
 * some 0.2 s to load: main.ts loads this module (`loadCommandModules`) only
 * once the command line has been read and a command is to run, so
 * `appraise --help`, `--version` and a usage error never load ExcelJS.
 * The one place the command line loads ExcelJS lazily; nothing else in
 * src/cli needs to know.
 */
export { demoInputWorkbook, gradedDemoWorkbook } from "./demo/demoWorkbook";
export { summaryText } from "./report";
export { score } from "./score";
export { templateWorkbook } from "./template";
export { saveWorkbook } from "../workbook/xlsx";
