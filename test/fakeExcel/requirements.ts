/**
 * The requirement sets a fake Office host declares, and its answer to
 * `Office.context.requirements.isSetSupported(name, minVersion?)`
 * (@types/office-js, RequirementSetSupport: "Check if the specified
 * requirement set is supported by the Office application. @param name - The
 * requirement set name (e.g., "ExcelApi"). @param minVersion - The minimum
 * required version (e.g., "1.4")"; the deprecated overload takes a number,
 * 1.4). A set the host does not declare is unsupported; without a version,
 * any version of a declared set is.
 *
 * The answer is written once, as ES5 source (FAKE_IS_SET_SUPPORTED_JS), so the
 * same function serves the fake host built into the end-to-end page
 * (test/e2e/page/installFake.ts, `?excelApi=`) and the stand-in for Office.js
 * that test/e2e/addinBuild.e2e.test.ts serves to the add-in's real
 * taskpane.html.
 */

/** Set name → the highest version the host supports, e.g. { ExcelApi: "1.20", SharedRuntime: "1.1" }. */
export type DeclaredSets = Readonly<Record<string, string>>;

/** What Microsoft 365 declares today, as far as Appraise asks (ExcelApi 1.20: the Excel requirement-set table, 2025). */
export const CURRENT_SETS: DeclaredSets = { ExcelApi: "1.20", SharedRuntime: "1.1" };

/** Excel 2016 volume-licensed: ExcelApi 1.1 only, no shared runtime. */
export const EXCEL_2016_SETS: DeclaredSets = { ExcelApi: "1.1" };

/** `function fakeIsSetSupported(declared, name, minVersion)`: versions compared part by part as numbers ("1.10" > "1.9"). */
export const FAKE_IS_SET_SUPPORTED_JS = `function fakeIsSetSupported(declared, name, minVersion) {
  if (!Object.prototype.hasOwnProperty.call(declared, name)) return false;
  if (minVersion === undefined || minVersion === null) return true;
  var have = String(declared[name]).split(".");
  var want = String(minVersion).split(".");
  for (var i = 0; i < Math.max(have.length, want.length); i++) {
    var h = Number(have[i] || 0), w = Number(want[i] || 0);
    if (h !== w) return h > w;
  }
  return true;
}`;

const compiled = new Function(`${FAKE_IS_SET_SUPPORTED_JS}; return fakeIsSetSupported;`)() as (
  declared: DeclaredSets,
  name: string,
  minVersion?: string | number,
) => boolean;

/**
 * The fake host's isSetSupported for `declared`.
 * @example
 * isSetSupported({ ExcelApi: "1.9" }, "ExcelApi", "1.10") //=> false
 */
export function isSetSupported(declared: DeclaredSets, name: string, minVersion?: string | number): boolean {
  return compiled(declared, name, minVersion);
}

/** The versions `?excelApi=1.1` asks for in the end-to-end page, else today's. */
export function declaredFromQuery(search: string): DeclaredSets {
  const excelApi = new URLSearchParams(search).get("excelApi");
  if (excelApi === null) return CURRENT_SETS;
  return Number(excelApi) >= 1.9 ? { ...CURRENT_SETS, ExcelApi: excelApi } : { ExcelApi: excelApi };
}
