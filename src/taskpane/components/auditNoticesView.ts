/**
 * The audit's notices (AuditNotices) in the run's chunk, with the audit
 * (the same webpackChunkName as loadRunModules): a workbook's audit result
 * comes from that chunk, so the notices are loaded before there is one.
 */
import { lazyView } from "./lazyView";

const view = lazyView(() => import(/* webpackChunkName: "run" */ "./AuditNotices").then((m) => m.AuditNotices));

/** The notices once loaded, else null (and the load under way). */
export const useAuditNotices = view.use;
