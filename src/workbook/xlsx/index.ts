/** The command line's way into .xlsx files: the package reader and copy writer for `score`, ExcelJS for new workbooks (`template`, `demo`). */
export { createXlsxPort, type XlsxPortOptions } from "./xlsxPort";
export { loadWorkbook, openWorkbook, saveWorkbook, workbookToBuffer, type LoadedWorkbook, type OpenProblem, type Opened } from "./files";
export { inspectPackage, packageOwnership, type PackageInfo, type TableDeclaration } from "./inspectPackage";
export { openPackage, type OpenedPackage, type PackageOpened } from "./openPackage";
export { createPackagePort, type PackagePort } from "./packagePort";
export { writeFileAtomically } from "./atomicWrite";
export { readTables } from "./readTables";
export { readOwnership } from "./ownership";
export { writePlan } from "./writePlan";
