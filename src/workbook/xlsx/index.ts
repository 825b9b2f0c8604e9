/** The command line's way into .xlsx files: the package reader and copy writer (the port of `score` and `demo`). New workbooks (`template`, the demo's inputs) are built by ../exceljs. */
export { inspectPackage, packageOwnership, type PackageInfo, type TableDeclaration } from "./inspectPackage";
export { openPackage, type OpenProblem, type OpenedPackage, type PackageOpened } from "./openPackage";
export { openProblemText } from "./openProblemText";
export { createPackagePort, type PackagePort } from "./packagePort";
export { writeFileAtomically } from "./atomicWrite";
