/**
 * What only a run needs in the WPS add-in, as one module loaded on demand (a
 * chunk of its own in the build): the engine with decimal.js, chinese-days
 * and the hash, the shared run, the pane's audit (which grades) and
 * "Create input tables" (the pane's button). The pane's first paint does
 * not wait for it.
 */
export { grade } from "../../engine/grade";
export { runAppraisal } from "../../workbook/runAppraisal";
export { auditWps } from "../../workbook/wps/auditWps";
export { createTablesWps } from "../../workbook/wps/createTablesWps";
