/** The command line's way into .xlsx files: the package reader and copy writer (the port of `score` and `demo`), ExcelJS for new workbooks (`template`, the demo's inputs). */
export { loadWorkbook, openWorkbook, saveWorkbook, workbookToBuffer, type LoadedWorkbook, type OpenProblem, type Opened } from "./files";
export { inspectPackage, packageOwnership, type PackageInfo, type TableDeclaration } from "./inspectPackage";
export { openPackage, type OpenedPackage, type PackageOpened } from "./openPackage";
export { createPackagePort, type PackagePort } from "./packagePort";
export { writeFileAtomically } from "./atomicWrite";
export { readTables } from "./readTables";
