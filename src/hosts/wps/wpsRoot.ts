/**
 * The global `wps` a WPS 加载项's pages are given (et-jsapi-declare index.d.ts
 * 26), typed by the adapter's facade. The only place the host reads it: the
 * rest of src/hosts/wps takes the root as a value, so tests give a fake one.
 */
import { get, type WpsApplication, type WpsRoot } from "../../workbook/wps/facade";

/** Thrown where a page runs outside WPS 表格 (no global `wps`). */
export class NotInWpsError extends Error {
  readonly code = "NotInWps";
  constructor() {
    super("Appraise's WPS pages run inside WPS 表格 (a WPS 加载项): this page has no global `wps`.");
  }
}

/**
 * The page's `wps`, or a NotInWpsError.
 * @example
 * globalThis.wps = fake; wpsRoot() //=> fake
 */
export function wpsRoot(scope: unknown = globalThis): WpsRoot {
  const root = (scope as { wps?: WpsRoot }).wps;
  if (root === undefined || root === null) throw new NotInWpsError();
  return root;
}

/**
 * `wps.EtApplication()`: a method in Kingsoft's examples, a property in its
 * typings, and marked deprecated there ("已废弃，请使用全局Application对象",
 * et-jsapi-declare index.d.ts 38-41) because `wps` is itself the
 * application (`WPSMergedRoot = AddonRoot & EtAddonRoot & Et.Application`,
 * 20): where a build has dropped it, `wps` is used.
 */
export function etApplication(root: WpsRoot): WpsApplication {
  const member = (root as { EtApplication?: WpsRoot["EtApplication"] }).EtApplication;
  return member === undefined || member === null ? (root as unknown as WpsApplication) : get(member);
}
