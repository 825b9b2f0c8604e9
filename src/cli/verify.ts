/**
 * `appraise verify <graded.xlsx>` (SPEC §7): audits a graded workbook without
 * changing it, by the audit every host shares (audit/auditWorkbook.ts): its
 * inputs graded again, its Results against the output fingerprint of the run
 * that wrote them, the inputs' fingerprint against the last RunLog row, and
 * the record's chain. Exit 0 when Results match the inputs, the inputs are
 * those of the last run and the chain holds (and every XML part of the file
 * parses with its namespaces); 1 otherwise; 2 when the file cannot be read.
 * The audit (xlsx/auditPackage.ts) and its words (audit/verifyReport.ts) are
 * shared with the browser page.
 */
import * as path from "node:path";
import type { Lang } from "../engine/types";
import { auditPasses, verifyJson, verifyText } from "../workbook/audit/verifyReport";
import { firstDamagedPart } from "../workbook/xlsx/copyDefect";
import { auditPackage } from "../workbook/xlsx/auditPackage";
import { EXIT } from "./exit";
import type { CliIo } from "./io";
import { loadInput, writeJson } from "./score";

export interface VerifyOptions {
  readonly input: string;
  /** A file for the JSON report, or "-" for stdout. */
  readonly json?: string;
  readonly lang: Lang;
}

/** Runs `verify`; resolves to the exit status. */
export async function verify(options: VerifyOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const opened = await loadInput(path.resolve(io.cwd, options.input), options.input, io, lang);
  if (typeof opened === "number") return opened;
  const audit = auditPackage(opened);
  // A part that does not parse with its namespaces: the file may not open elsewhere, whatever its cells say.
  const damaged = firstDamagedPart(opened.pkg.parts);
  if (options.json !== undefined && !(await writeJson(options.json, verifyJson(audit, lang, damaged), io, lang))) return EXIT.unreadable;
  if (options.json !== "-") io.stdout(verifyText(audit, lang, damaged));
  return auditPasses(audit) && damaged === null ? EXIT.ok : EXIT.differs;
}
