/**
 * `appraise verify` from bytes, for the page: is this graded copy as
 * Appraise wrote it? The command line's audit (xlsx/auditPackage.ts) and its
 * words (audit/verifyReport.ts), in both languages so the page can switch
 * after. Runs in the page's Web Worker.
 */
import type { Lang } from "../../engine/types";
import { auditPasses, verifyText } from "../../workbook/audit/verifyReport";
import { auditPackage } from "../../workbook/xlsx/auditPackage";
import { firstDamagedPart } from "../../workbook/xlsx/copyDefect";
import { openPackage } from "../../workbook/xlsx/openPackage";
import { refusal, type Refused } from "./gradeBytes";

export type Verified =
  | {
      readonly ok: true;
      /** What `appraise verify` exits 0 for: Results as written and matching the inputs, the chain whole, every part well-formed. */
      readonly passes: boolean;
      /** What `appraise verify` prints, line by line, in each language. */
      readonly lines: Readonly<Record<Lang, readonly string[]>>;
    }
  | Refused;

/**
 * @example
 * const v = verifyBytes(bytes);
 * if (v.ok) console.log(v.passes, v.lines.zh[0]);
 */
export function verifyBytes(bytes: Uint8Array): Verified {
  const opened = openPackage(bytes);
  if (!opened.ok) return refusal(opened.problem);
  const audit = auditPackage(opened.opened);
  const damaged = firstDamagedPart(opened.opened.pkg.parts);
  const lines = (lang: Lang) => verifyText(audit, lang, damaged).replace(/\n$/, "").split("\n");
  return { ok: true, passes: auditPasses(audit) && damaged === null, lines: { zh: lines("zh"), en: lines("en") } };
}
