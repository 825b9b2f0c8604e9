/**
 * What the commands themselves use: main.ts loads this module
 * (`loadCommandModules`) only once the command line has been read and a
 * command is to run, so `appraise --help`, `--version` and a usage error load
 * neither the engine nor the package reader. `score` reads and writes the
 * package itself and needs no ExcelJS; what writes a new workbook with
 * ExcelJS is in workbookWriters.ts.
 */
export { summaryText } from "./report";
export { print } from "./print";
export { score } from "./score";
export { verify } from "./verify";
