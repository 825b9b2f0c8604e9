/**
 * What only a run needs in the WPS add-in, as one module loaded on demand (a
 * chunk of its own in the build): the engine with decimal.js, chinese-days
 * and the hash, and the shared run. The pane's first paint does not wait for it.
 */
export { grade } from "../../engine/grade";
export { runAppraisal } from "../../workbook/runAppraisal";
