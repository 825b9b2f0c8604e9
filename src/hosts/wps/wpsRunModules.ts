/**
 * What only a run needs in the WPS add-in, as one module loaded on demand (a
 * chunk of its own in the build): the engine with decimal.js, chinese-days
 * and the hash, the shared run, and "Create input tables" (the pane's
 * button). The pane's first paint does not wait for it.
 */
export { grade } from "../../engine/grade";
export { runAppraisal } from "../../workbook/runAppraisal";
export { createTablesWps } from "../../workbook/wps/createTablesWps";
