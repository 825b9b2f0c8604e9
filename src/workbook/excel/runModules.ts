/**
 * What only a run needs in the add-in, as one module for loadRunModules to
 * load on demand: the engine (with decimal.js, chinese-days and the hash),
 * the shared run, the Office.js writer of its outputs, and the creation of
 * input tables (whose template holds the rules' declarations and so the
 * engine's cell readers). In the add-in's build this is a chunk of its own,
 * fetched right after the pane's first paint.
 */
export { grade } from "../../engine/grade";
export { runAppraisal } from "../runAppraisal";
export { createInputTables } from "./createInputTables";
export { writePlan } from "./writePlan";
export { writeShrinking } from "./writeShrinking";
export { auditInExcel } from "./auditInExcel";
export { importFromSheet } from "./importFromSheet";
export { takeRunLock } from "./runLock";
