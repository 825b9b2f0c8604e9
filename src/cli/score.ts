/**
 * `appraise score <in.xlsx>`: grades a workbook file into a copy. The input
 * file is only read; the copy (default `<in>.graded.xlsx`) is written in one
 * go, or not at all when an output sheet belongs to someone else.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { GradeResult, Lang } from "../engine/types";
import type { OutputKind, Ownership, PrintKind } from "../workbook/port";
import { runAppraisal, type RunOutcome } from "../workbook/runAppraisal";
import { writeFileAtomically } from "../workbook/xlsx/atomicWrite";
import { packageOwnership } from "../workbook/xlsx/inspectPackage";
import { openPackage, type OpenedPackage } from "../workbook/xlsx/openPackage";
import { createPackagePort } from "../workbook/xlsx/packagePort";
import { VERSION } from "../version";
import { fsErrorText, openProblemText } from "./fileProblems";
import { EXIT } from "./exit";
import type { CliIo } from "./io";
import { createProgress, type Progress } from "./progress";
import { jsonReport, summaryText } from "./report";

export { EXIT };

export interface ScoreOptions {
  readonly input: string;
  readonly out?: string;
  /** A file for the JSON report, or "-" for stdout. */
  readonly json?: string;
  readonly lang: Lang;
  readonly strict: boolean;
}

/**
 * The default copy beside the input, of the input's kind: a macro-enabled
 * workbook stays an .xlsm (Excel refuses macros in a file named .xlsx).
 * @example
 * defaultOut("data/foo.xlsx") //=> "data/foo.graded.xlsx"
 * defaultOut("Book.XLSM") //=> "Book.graded.xlsm"
 * defaultOut("foo") //=> "foo.graded.xlsx"
 */
export function defaultOut(input: string): string {
  const ext = path.extname(input);
  const known = ext.toLowerCase() === ".xlsx" || ext.toLowerCase() === ".xlsm";
  return known ? `${input.slice(0, -ext.length)}.graded${ext.toLowerCase()}` : `${input}.graded.xlsx`;
}

const MSG = {
  zh: {
    cannotRead: (f: string, why: string) => `无法读取 ${f}：${why}\n`,
    sameFile: (f: string) => `输出文件不能是输入文件本身（${f}）：Appraise 从不修改输入文件。请用 --out 指定另一个文件。\n`,
    outNotWorkbook: (f: string) => `${f} 已存在且不是 .xlsx 工作簿，未覆盖。请换一个 --out 文件名。\n`,
    cannotWrite: (f: string, why: string) => `无法写入 ${f}：${why}\n`,
    conflict: "输出工作表与非 Appraise 创建的工作表同名（OUTPUT_CONFLICT），未写入任何文件。\n",
    missing: "缺少必需的表格（TABLE_MISSING）。\n",
  },
  en: {
    cannotRead: (f: string, why: string) => `Cannot read ${f}: ${why}\n`,
    sameFile: (f: string) => `The output file cannot be the input file (${f}): Appraise never modifies its input. Name another file with --out.\n`,
    outNotWorkbook: (f: string) => `${f} exists and is not an .xlsx workbook; it was not overwritten. Choose another --out file.\n`,
    cannotWrite: (f: string, why: string) => `Cannot write ${f}: ${why}\n`,
    conflict: "An output sheet's name is taken by a sheet Appraise did not create (OUTPUT_CONFLICT); nothing was written.\n",
    missing: "A required table is missing (TABLE_MISSING).\n",
  },
} as const;

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** The ownership of the output sheets in an existing `--out` file; "notWorkbook" if it is something else. */
async function destinationOwnership(out: string): Promise<Record<OutputKind | PrintKind, Ownership> | null | "notWorkbook"> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(out);
  } catch {
    return null;
  }
  return packageOwnership(bytes) ?? "notWorkbook";
}

export async function loadInput(file: string, shown: string, io: CliIo, lang: Lang): Promise<OpenedPackage | number> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    io.stderr(MSG[lang].cannotRead(shown, fsErrorText(e, lang)));
    return EXIT.unreadable;
  }
  const opened = openPackage(bytes);
  if (!opened.ok) {
    io.stderr(MSG[lang].cannotRead(shown, openProblemText(opened.problem, lang)));
    return EXIT.unreadable;
  }
  return opened.opened;
}

export async function writeJson(target: string, text: string, io: CliIo, lang: Lang): Promise<boolean> {
  if (target === "-") {
    io.stdout(text);
    return true;
  }
  try {
    await fs.writeFile(path.resolve(io.cwd, target), text);
    return true;
  } catch (e) {
    io.stderr(MSG[lang].cannotWrite(target, fsErrorText(e, lang)));
    return false;
  }
}

/**
 * SPEC section 7: 2 when a required table is missing; otherwise the run
 * completed, even with diagnostics: 1 with --strict when any error was found
 * (OUTPUT_CONFLICT, when nothing was written, is one), else 0.
 */
function exitCode(result: GradeResult, strict: boolean): number {
  if (result.diagnostics.some((d) => d.code === "TABLE_MISSING")) return EXIT.unreadable;
  if (strict && result.diagnostics.some((d) => d.severity === "error")) return EXIT.strictErrors;
  return EXIT.ok;
}

/** A run graded in memory; `save` writes the copy (when the run wrote its sheets). */
interface Graded {
  readonly outcome: RunOutcome;
  readonly save: () => Promise<void>;
}

async function grade(input: OpenedPackage, out: string, options: ScoreOptions, io: CliIo, progress: Progress): Promise<Graded | number> {
  const { lang } = options;
  const destination = await destinationOwnership(out);
  if (destination === "notWorkbook") {
    io.stderr(MSG[lang].outNotWorkbook(out));
    return EXIT.unreadable;
  }
  const port = createPackagePort(input, { destination });
  let outcome: RunOutcome;
  try {
    outcome = await runAppraisal(port, { lang, version: VERSION, now: io.now(), onPhase: (p) => progress.phase(p) });
  } catch (e) {
    // The copy could not be made from this package (writeCopy found a part it cannot add to): nothing is written.
    io.stderr(MSG[lang].cannotWrite(out, e instanceof Error ? e.message : String(e)));
    return EXIT.unreadable;
  }
  return {
    outcome,
    save: async () => {
      const copy = port.copy();
      if (copy !== null) await writeFileAtomically(out, copy);
    },
  };
}

/** Runs `score`; resolves to the exit status. */
export async function score(options: ScoreOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const input = path.resolve(io.cwd, options.input);
  const outArg = options.out ?? defaultOut(options.input);
  const out = path.resolve(io.cwd, outArg);
  if (await sameFile(input, out)) {
    io.stderr(MSG[lang].sameFile(options.input));
    return EXIT.unreadable;
  }
  const progress = createProgress(io, lang);
  progress.phase("read");
  const loaded = await loadInput(input, options.input, io, lang);
  if (typeof loaded === "number") {
    progress.done();
    return loaded;
  }
  const graded = await grade(loaded, out, options, io, progress);
  if (typeof graded === "number") {
    progress.done();
    return graded;
  }
  const { result, written, changes } = graded.outcome;
  // The JSON first: when it cannot be written the run fails before it writes the copy, so a failed run writes nothing.
  if (options.json !== undefined) {
    const text = `${JSON.stringify(jsonReport(result, lang, VERSION, changes), null, 2)}\n`;
    if (!(await writeJson(options.json, text, io, lang))) {
      progress.done();
      return EXIT.unreadable;
    }
  }
  if (written) {
    try {
      await graded.save();
    } catch (e) {
      progress.done();
      io.stderr(MSG[lang].cannotWrite(outArg, fsErrorText(e, lang)));
      return EXIT.unreadable;
    }
  }
  progress.done();
  if (!written) io.stderr(MSG[lang].conflict);
  else if (result.diagnostics.some((d) => d.code === "TABLE_MISSING")) io.stderr(MSG[lang].missing);
  if (options.json !== "-") io.stdout(summaryText(result, { lang, written: written ? outArg : null, changes }));
  return exitCode(result, options.strict);
}
