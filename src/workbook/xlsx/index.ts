/** The ExcelJS adapter: the command line's way into .xlsx files. */
export { createXlsxPort, type XlsxPortOptions } from "./xlsxPort";
export { loadWorkbook, openWorkbook, saveWorkbook, workbookToBuffer, type LoadedWorkbook, type OpenProblem, type Opened } from "./files";
export { DROPPED_PART_LABELS, inspectPackage, packageOwnership, type DroppedPart, type DroppedPartKind, type PackageInfo, type TableDeclaration } from "./inspectPackage";
export { readTables } from "./readTables";
export { readOwnership } from "./ownership";
export { writePlan } from "./writePlan";
