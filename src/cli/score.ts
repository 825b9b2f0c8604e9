/**
 * `appraise score <in.xlsx>`: grades a workbook file into a copy, or with
 * `--in-place` into the workbook itself. The input file is only read (except
 * with --in-place); the copy (default `<in>.graded.xlsx`) is written in one
 * go, or not at all: when an output sheet belongs to someone else, when the
 * file already at the copy's path holds what the copy would not carry
 * (OUTPUT_WOULD_OVERWRITE, unless --force), or when a part of the copy would
 * come out broken (a bug in Appraise, reported as one).
 */
import { promises as fs, constants as fsConstants } from "node:fs";
import * as path from "node:path";
import { diagnostic } from "../engine/messages";
import { sortDiagnostics } from "../engine/sortDiagnostics";
import type { Diagnostic, GradeResult, Lang } from "../engine/types";
import type { OutputKind, Ownership, PrintKind } from "../workbook/port";
import { planOf, runAppraisal, type RunOutcome } from "../workbook/runAppraisal";
import { writeFileAtomically } from "../workbook/xlsx/atomicWrite";
import { CopyDefect } from "../workbook/xlsx/copyDefect";
import { packageOwnership } from "../workbook/xlsx/inspectPackage";
import { openPackage, type OpenedPackage } from "../workbook/xlsx/openPackage";
import { createPackagePort } from "../workbook/xlsx/packagePort";
import { identifyFile } from "../workbook/xlsx/identifyFile";
import { readPackage, type WorkbookPackage } from "../workbook/xlsx/readPackage";
import { lastRunTime, wouldLose } from "../workbook/xlsx/wouldLose";
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
  /** Grade the input workbook itself, as the add-in does (SPEC §7). */
  readonly inPlace?: boolean;
  /** Replace the file at the copy's path whatever it holds. */
  readonly force?: boolean;
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
    sameFile: (f: string) => `输出文件不能是输入文件本身（${f}）：要评定工作簿本身，请用 appraise score ${f} --in-place；否则请用 --out 指定另一个文件。\n`,
    bug: (part: string, why: string, f: string) =>
      `这是 Appraise 的程序错误，不是工作簿的问题：副本中的部件 ${part} 生成得不正确（${why}）。未写入任何文件，${f} 保持原样。请把输入工作簿和这条提示发给维护者。\n`,
    changedMeanwhile: (f: string) => `${f} 在评定期间被其他程序改动（可能在 Excel 或 WPS 中保存过），未写入。请保存并关闭它后重新运行。\n`,
    cannotWrite: (f: string, why: string) => `无法写入 ${f}：${why}\n`,
    conflict: "输出工作表与非 Appraise 创建的工作表同名（OUTPUT_CONFLICT），未写入任何文件。\n",
    missing: "缺少必需的表格（TABLE_MISSING）。\n",
  },
  en: {
    cannotRead: (f: string, why: string) => `Cannot read ${f}: ${why}\n`,
    sameFile: (f: string) =>
      `The output file cannot be the input file (${f}): to grade the workbook itself, run appraise score ${f} --in-place; otherwise name another file with --out.\n`,
    bug: (part: string, why: string, f: string) =>
      `This is a bug in Appraise, not a problem with the workbook: the copy's part ${part} came out wrong (${why}). Nothing was written; ${f} is as it was. Please report it with the input workbook and this message.\n`,
    changedMeanwhile: (f: string) =>
      `${f} was changed by another program while it was being graded (saved in Excel or WPS?); nothing was written. Save and close it, then run again.\n`,
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

type Destination = Record<OutputKind | PrintKind, Ownership> | null;

/** The ownership of the output sheets in an existing `--out` file; null when there is none, or it is not a workbook. */
async function destinationOwnership(out: string): Promise<Destination> {
  const bytes = await fs.readFile(out).catch(() => null);
  return bytes === null ? null : packageOwnership(bytes);
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

/** A run graded in memory; `copy` holds the copy's bytes (when the run wrote its sheets). */
interface Graded {
  readonly outcome: RunOutcome;
  readonly copy: Uint8Array | null;
  /** The ownership the run took from the file at the copy's path. */
  readonly destination: Destination;
}

/** What a CopyDefect (a bug) or a failure to read the package's parts says to the user. */
function copyFailure(e: unknown, out: string, lang: Lang): string {
  if (e instanceof CopyDefect) return MSG[lang].bug(e.part, e.reason, out);
  // The copy could not be made from this package (writeCopy found a part it cannot add to).
  return MSG[lang].cannotWrite(out, e instanceof Error ? e.message : String(e));
}

async function grade(input: OpenedPackage, out: string, options: ScoreOptions, io: CliIo, progress: Progress, now: Date): Promise<Graded | number> {
  const { lang } = options;
  // With --in-place the workbook's own sheets decide; with --force the file at --out is replaced whatever it holds.
  const destination = options.inPlace || options.force ? null : await destinationOwnership(out);
  const port = createPackagePort(input, { destination });
  try {
    const outcome = await runAppraisal(port, { lang, version: VERSION, now, onPhase: (p) => progress.phase(p) });
    return { outcome, copy: port.copy(), destination };
  } catch (e) {
    io.stderr(copyFailure(e, options.inPlace ? options.input : (options.out ?? defaultOut(options.input)), lang));
    return EXIT.unreadable;
  }
}

/**
 * The command that grades the input in place, as a shell takes it.
 * @example
 * inPlaceCommand("my book.xlsx") //=> 'appraise score "my book.xlsx" --in-place'
 */
export function inPlaceCommand(input: string): string {
  // Double quotes work in a POSIX shell, PowerShell and cmd alike; a backslash (a Windows folder) stays as it is.
  const quoted = /[\s"'$`&;|<>()]/.test(input) ? `"${input.replace(/(["$`])/g, "\\$1")}"` : input;
  return `appraise score ${quoted} --in-place`;
}

/**
 * OUTPUT_WOULD_OVERWRITE when the file at the copy's path holds what the
 * copy would not carry (wouldLose.ts: compared with the copy this run makes
 * at the time of that file's last run), else null. Never with --in-place or
 * --force, nor when there is no file there.
 */
async function overwriteRefusal(input: OpenedPackage, out: string, graded: Graded, options: ScoreOptions, now: Date): Promise<Diagnostic | null> {
  if (options.inPlace || options.force || graded.copy === null) return null;
  const existing = await fs.readFile(out).catch(() => null);
  if (existing === null) return null;
  const params = { file: options.out ?? defaultOut(options.input), inPlace: inPlaceCommand(options.input) };
  const none = { sheets: [], changedSheets: [], runLogRows: 0, historyBlocks: 0, parts: [] };
  const pkg = identifyFile(existing) === "workbook" ? readablePackage(existing) : null;
  if (pkg === null) return diagnostic("OUTPUT_WOULD_OVERWRITE", {}, { ...params, notWorkbook: true, ...none });
  const time = lastRunTime(pkg);
  let copy = graded.copy;
  if (time !== null && time.getTime() !== now.getTime()) {
    // The copy this run would have written at that file's time: the same result, laid out at that time (not graded again).
    const port = createPackagePort(input, { destination: graded.destination });
    await port.write(planOf(graded.outcome.result, await port.read(), { lang: options.lang, version: VERSION, now: time }));
    copy = port.copy() ?? copy;
  }
  const lost = wouldLose(existing, copy);
  return lost === null ? null : diagnostic("OUTPUT_WOULD_OVERWRITE", {}, { ...params, notWorkbook: false, ...lost });
}

/** The package of an existing file, or null when it cannot be read as one. */
function readablePackage(bytes: Buffer): WorkbookPackage | null {
  try {
    return readPackage(bytes);
  } catch {
    return null;
  }
}

/** A file's size and modification time, to tell whether another program saved it meanwhile. */
const stampOf = (file: string): Promise<string | null> =>
  fs.stat(file).then(
    (s) => `${s.size}:${s.mtimeMs}`,
    () => null,
  );

/** Writes the copy; resolves to null, or to what to tell the user when it could not. */
async function save(out: string, copy: Uint8Array, options: ScoreOptions, stamp: string | null): Promise<string | null> {
  const shown = options.inPlace ? options.input : (options.out ?? defaultOut(options.input));
  try {
    if (options.inPlace) {
      if ((await stampOf(out)) !== stamp) return MSG[options.lang].changedMeanwhile(shown);
      // A read-only workbook is not graded in place: the rename below would replace it regardless.
      await fs.access(out, fsConstants.W_OK);
    }
    await writeFileAtomically(out, copy);
    return null;
  } catch (e) {
    return MSG[options.lang].cannotWrite(shown, fsErrorText(e, options.lang));
  }
}

/** The summary's and the JSON's result: the refusal among the diagnostics, errors first. */
const withRefusal = (result: GradeResult, refusal: Diagnostic | null): GradeResult =>
  refusal === null ? result : { ...result, diagnostics: sortDiagnostics([refusal, ...result.diagnostics]) };

/** Runs `score`; resolves to the exit status. */
export async function score(options: ScoreOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const input = path.resolve(io.cwd, options.input);
  const outArg = options.inPlace ? options.input : (options.out ?? defaultOut(options.input));
  const out = path.resolve(io.cwd, outArg);
  if (!options.inPlace && (await sameFile(input, out))) {
    io.stderr(MSG[lang].sameFile(options.input));
    return EXIT.unreadable;
  }
  const progress = createProgress(io, lang);
  progress.phase("read");
  const stamp = options.inPlace ? await stampOf(input) : null;
  const loaded = await loadInput(input, options.input, io, lang);
  if (typeof loaded === "number") {
    progress.done();
    return loaded;
  }
  // The run's time, once: the RunLog row's, and the one an existing copy's last run is compared with.
  const now = io.now();
  const graded = await grade(loaded, out, options, io, progress, now);
  if (typeof graded === "number") {
    progress.done();
    return graded;
  }
  const refusal = await overwriteRefusal(loaded, out, graded, options, now);
  const result = withRefusal(graded.outcome.result, refusal);
  const { changes } = graded.outcome;
  const written = graded.copy !== null && refusal === null;
  return finish({ result, changes, written, conflict: graded.copy === null, refusal }, { out, outArg, stamp, copy: graded.copy }, options, io, progress);
}

interface Finished {
  readonly result: GradeResult;
  readonly changes: RunOutcome["changes"];
  readonly written: boolean;
  readonly conflict: boolean;
  readonly refusal: Diagnostic | null;
}

/** Writes the JSON, then the copy, then tells the user; resolves to the exit status. */
async function finish(
  run: Finished,
  file: { out: string; outArg: string; stamp: string | null; copy: Uint8Array | null },
  options: ScoreOptions,
  io: CliIo,
  progress: Progress,
): Promise<number> {
  const { lang } = options;
  const { result, changes } = run;
  // The JSON first: when it cannot be written the run fails before it writes the copy, so a failed run writes nothing.
  if (options.json !== undefined) {
    const text = `${JSON.stringify(jsonReport(result, lang, VERSION, changes), null, 2)}\n`;
    if (!(await writeJson(options.json, text, io, lang))) {
      progress.done();
      return EXIT.unreadable;
    }
  }
  if (run.written && file.copy !== null) {
    const problem = await save(file.out, file.copy, options, file.stamp);
    if (problem !== null) {
      progress.done();
      io.stderr(problem);
      return EXIT.unreadable;
    }
  }
  progress.done();
  if (run.refusal !== null) io.stderr(`${run.refusal.message[lang]}\n`);
  else if (run.conflict) io.stderr(MSG[lang].conflict);
  else if (result.diagnostics.some((d) => d.code === "TABLE_MISSING")) io.stderr(MSG[lang].missing);
  if (options.json !== "-") io.stdout(summaryText(result, { lang, written: run.written ? file.outArg : null, changes }));
  return run.refusal !== null ? EXIT.unreadable : exitCode(result, options.strict);
}
