/**
 * The `appraise` command: `score`, `verify`, `template`, `demo`, `import`, `--help`, `--version`.
 * bin/appraise.js calls `main(process.argv.slice(2))` and exits with the
 * status it resolves to.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../engine/types";
import { VERSION } from "../version";
import { closestName } from "../engine/closestName";
import { EXIT } from "./exit";
import { fsErrorText } from "./fileProblems";
import { commandHelp, generalHelp, type Command } from "./help";
import { processIo, type CliIo } from "./io";
import { defaultLang, parseLang } from "./lang";

/** The commands, loaded only when one runs (see commandModules.ts); `score` needs no ExcelJS. */
const loadCommandModules = () => import("./commandModules");
/** What writes a new workbook (`template`, `demo`), with ExcelJS: see workbookWriters.ts. */
const loadWorkbookWriters = () => import("./workbookWriters");
/** `appraise import` (SPEC section 9), loaded only for that command. */
const loadImport = () => import("./importSheet");

const OPTIONS = {
  out: { type: "string", short: "o" },
  json: { type: "string" },
  lang: { type: "string" },
  strict: { type: "boolean" },
  force: { type: "boolean" },
  "in-place": { type: "boolean" },
  "inputs-only": { type: "boolean" },
  year: { type: "string" },
  only: { type: "string" },
  sheet: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Which options each command takes (help and version are taken everywhere). */
const ALLOWED: Readonly<Record<Command, readonly string[]>> = {
  score: ["out", "in-place", "force", "json", "lang", "strict"],
  verify: ["json", "lang"],
  print: ["out", "lang", "only"],
  template: ["force", "lang", "year"],
  demo: ["force", "lang", "inputs-only"],
  import: ["out", "force", "lang", "year", "sheet", "json"],
};

const COMMANDS = Object.keys(ALLOWED) as Command[];

const USAGE = {
  zh: (why: string) => `${why}\n运行 appraise --help 查看用法。\n`,
  en: (why: string) => `${why}\nRun appraise --help for usage.\n`,
} as const;

const TEXT = {
  zh: {
    unknownCommand: (c: string) => `未知命令“${c}”。`,
    badLang: (v: string) => `--lang 应为 zh 或 en，而不是“${v}”。`,
    notFor: (o: string, c: string) => `选项 --${o} 不适用于 ${c} 命令。`,
    needFile: (c: string) => `${c} 命令需要一个文件名。`,
    tooMany: (c: string) => `${c} 命令只接受一个文件名。`,
    unknownOption: (o: string, near: string | null) => `未知选项 ${o}。${near ? `是否想用 ${near}？` : ""}`,
    needsValue: (o: string) => `选项 ${o} 后面需要一个值。`,
    takesNoValue: (o: string) => `选项 ${o} 不带值。`,
    badYear: (v: string) => `--year 应为四位数的年份，如 2026，而不是“${v}”。`,
    badOnly: (v: string) => `--only 应为 announcement（考评通报）或 feedback（反馈单），而不是“${v}”。`,
    needOut: "import 命令需要 --out <新.xlsx>：导入的表格写入一个新工作簿，原文件不作改动。",
    inPlaceWithOut: "--in-place 与 --out 不能同时使用：--in-place 把结果写入输入工作簿本身，--out 写入另一个文件。",
    exists: (f: string) => `${f} 已存在，未覆盖。要覆盖请加 --force。`,
    cannotWrite: (f: string, why: string) => `无法写入 ${f}：${why}\n`,
    wroteTemplate: (f: string, year: number) => `空白工作簿已写入 ${f}（考评年度 ${year}：考评期 ${year}-01-01 至 ${year}-12-31）\n`,
    wroteInputs: (f: string) => `示例输入工作簿（未评定）已写入 ${f}\n`,
  },
  en: {
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    badLang: (v: string) => `--lang must be zh or en, not "${v}".`,
    notFor: (o: string, c: string) => `Option --${o} does not apply to ${c}.`,
    needFile: (c: string) => `${c} needs a file name.`,
    tooMany: (c: string) => `${c} takes one file name.`,
    unknownOption: (o: string, near: string | null) => `Unknown option ${o}.${near ? ` Did you mean ${near}?` : ""}`,
    needsValue: (o: string) => `Option ${o} needs a value after it.`,
    takesNoValue: (o: string) => `Option ${o} takes no value.`,
    badYear: (v: string) => `--year must be a four-digit year such as 2026, not "${v}".`,
    badOnly: (v: string) => `--only must be announcement (考评通报) or feedback (反馈单), not "${v}".`,
    needOut: "import needs --out <new.xlsx>: the imported tables go into a new workbook; the old file is not changed.",
    inPlaceWithOut: "--in-place and --out cannot be used together: --in-place writes into the input workbook itself, --out into another file.",
    exists: (f: string) => `${f} exists; it was not overwritten. Add --force to overwrite it.`,
    cannotWrite: (f: string, why: string) => `Cannot write ${f}: ${why}\n`,
    wroteTemplate: (f: string, year: number) => `Wrote the empty workbook ${f} (appraisal year ${year}: period ${year}-01-01 to ${year}-12-31)\n`,
    wroteInputs: (f: string) => `Wrote the demo inputs (ungraded) to ${f}\n`,
  },
} as const;

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: false }>>;
type OptionName = keyof typeof OPTIONS;

/** What is wrong with an option as typed, in the user's language. */
type OptionProblem = (t: (typeof TEXT)[Lang]) => string;

/**
 * Parses the arguments without Node's own strict checks, whose messages are
 * English whatever `--lang` says, and checks each option against OPTIONS:
 * an unknown one (with the nearest known name), a value missing, a value on a
 * switch.
 */
function parse(argv: readonly string[]): Parsed | OptionProblem {
  const parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option") continue;
    const decl = (OPTIONS as Record<string, { type: "string" | "boolean" }>)[token.name];
    if (decl === undefined) {
      const near = closestName(token.name, Object.keys(OPTIONS));
      return (t) => t.unknownOption(token.rawName, near === null ? null : `--${near}`);
    }
    if (decl.type === "string" && (token.value === undefined || (!token.inlineValue && token.value.startsWith("-") && token.value !== "-"))) {
      return (t) => t.needsValue(token.rawName);
    }
    if (decl.type === "boolean" && token.value !== undefined) return (t) => t.takesNoValue(token.rawName);
  }
  return parsed;
}

/** A string option's value (parse has checked that string options have one). */
const str = (values: Parsed["values"], name: OptionName): string | undefined => {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
};

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes a new file from nothing (`template`, `demo`): refused when the file
 * exists, unless `force`; written atomically from the bytes `build` gives.
 */
async function writeNew(file: string, force: boolean, lang: Lang, io: CliIo, build: () => Promise<Uint8Array>): Promise<boolean> {
  const target = path.resolve(io.cwd, file);
  if (!force && (await exists(target))) {
    io.stderr(`${TEXT[lang].exists(file)}\n`);
    return false;
  }
  try {
    const { writeFileAtomically } = await loadWorkbookWriters();
    await writeFileAtomically(target, await build());
    return true;
  } catch (e) {
    io.stderr(TEXT[lang].cannotWrite(file, fsErrorText(e, lang)));
    return false;
  }
}

/** `appraise demo`: the demo's inputs, graded through the package port as `score` grades a file (or ungraded with --inputs-only). */
async function demo(file: string, values: Parsed["values"], lang: Lang, io: CliIo): Promise<number> {
  const [{ summaryText }, { demoInputWorkbook, gradedDemo, workbookToBuffer }] = await Promise.all([loadCommandModules(), loadWorkbookWriters()]);
  if (values["inputs-only"]) {
    const ok = await writeNew(file, values.force === true, lang, io, () => workbookToBuffer(demoInputWorkbook()));
    if (ok) io.stdout(TEXT[lang].wroteInputs(file));
    return ok ? EXIT.ok : EXIT.unreadable;
  }
  let summary = "";
  const ok = await writeNew(file, values.force === true, lang, io, async () => {
    const { bytes, outcome } = await gradedDemo(lang, io.now());
    summary = summaryText(outcome.result, { lang, written: file });
    return bytes;
  });
  if (ok) io.stdout(summary);
  return ok ? EXIT.ok : EXIT.unreadable;
}

/**
 * A year for `template --year`: four digits, 1900–9999 (Excel's dates start in 1900).
 * @example
 * parseYear("2026") //=> 2026
 * parseYear("26") //=> null
 */
export function parseYear(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const year = Number(t);
  return year >= 1900 ? year : null;
}

async function run(command: Command, args: Parsed, lang: Lang, io: CliIo): Promise<number> {
  const { values, positionals } = args;
  const t = TEXT[lang];
  const usage = (why: string): number => {
    io.stderr(USAGE[lang](why));
    return EXIT.unreadable;
  };
  const given = Object.keys(values).filter((k) => k !== "help" && k !== "version");
  const wrong = given.find((k) => !ALLOWED[command].includes(k));
  if (wrong) return usage(t.notFor(wrong, command));
  const files = positionals.slice(1);
  if (files.length === 0) return usage(t.needFile(command));
  if (files.length > 1) return usage(t.tooMany(command));
  const [file] = files;
  if (command === "score") {
    const inPlace = values["in-place"] === true;
    if (inPlace && str(values, "out") !== undefined) return usage(t.inPlaceWithOut);
    const { score } = await loadCommandModules();
    const force = values.force === true;
    return score({ input: file, out: str(values, "out"), inPlace, force, json: str(values, "json"), lang, strict: values.strict === true }, io);
  }
  if (command === "verify") {
    const { verify } = await loadCommandModules();
    return verify({ input: file, json: str(values, "json"), lang }, io);
  }
  if (command === "print") {
    const only = str(values, "only");
    if (only !== undefined && only !== "announcement" && only !== "feedback") return usage(t.badOnly(only));
    const { print } = await loadCommandModules();
    return print({ input: file, out: str(values, "out"), only, lang }, io);
  }
  if (command === "template") {
    const yearText = str(values, "year");
    const year = yearText === undefined ? io.now().getFullYear() : parseYear(yearText);
    if (year === null) return usage(t.badYear(String(yearText)));
    const { templateWorkbook, workbookToBuffer } = await loadWorkbookWriters();
    // Headers in English only when asked for with --lang en: the plan and its tables are Chinese.
    const headers: Lang = str(values, "lang") === undefined ? "zh" : lang;
    const ok = await writeNew(file, values.force === true, lang, io, () => workbookToBuffer(templateWorkbook(headers, year)));
    if (ok) io.stdout(t.wroteTemplate(file, year));
    return ok ? EXIT.ok : EXIT.unreadable;
  }
  if (command === "import") return importCommand(file, values, lang, io, usage);
  return demo(file, values, lang, io);
}

/** `appraise import <old.xlsx> --out <new.xlsx> [--year YYYY] [--sheet NAME]`: the year checked as template's, --out written as template's file. */
async function importCommand(file: string, values: Parsed["values"], lang: Lang, io: CliIo, usage: (why: string) => number): Promise<number> {
  const out = str(values, "out");
  if (out === undefined) return usage(TEXT[lang].needOut);
  const yearText = str(values, "year");
  const year = yearText === undefined ? undefined : parseYear(yearText);
  if (year === null) return usage(TEXT[lang].badYear(String(yearText)));
  const { importSheet } = await loadImport();
  // Headers in English only when asked for with --lang en, as for template.
  const headers: Lang = str(values, "lang") === undefined ? "zh" : lang;
  const options = { input: file, out, year, sheet: str(values, "sheet"), json: str(values, "json"), lang, headers };
  return importSheet(options, io, (build) => writeNew(out, values.force === true, lang, io, build));
}

/**
 * Runs the command line; resolves to the exit status (SPEC section 7): 0 when
 * the run completed (even with diagnostics, OUTPUT_CONFLICT included), 1 with
 * --strict when any error was found, 2 when a file cannot be read or written,
 * a required table is missing, the file at the copy's path holds what the
 * copy would not carry (OUTPUT_WOULD_OVERWRITE), or the command line is wrong.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const args = parse(argv);
  const envLang = defaultLang(io.env);
  if (typeof args === "function") {
    // The language of the message: --lang when it can be read from the arguments, else the locale's.
    const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
    const given = i < 0 ? undefined : argv[i].startsWith("--lang=") ? argv[i].slice(7) : argv[i + 1];
    const lang = (given === undefined ? null : parseLang(given)) ?? envLang;
    io.stderr(USAGE[lang](args(TEXT[lang])));
    return EXIT.unreadable;
  }
  const langArg = str(args.values, "lang");
  const lang = langArg === undefined ? envLang : parseLang(langArg);
  if (lang === null) {
    io.stderr(USAGE[envLang](TEXT[envLang].badLang(String(langArg))));
    return EXIT.unreadable;
  }
  if (args.values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const name = args.positionals[0];
  if (name === "help") {
    const topic = args.positionals[1] as Command | undefined;
    io.stdout(topic !== undefined && COMMANDS.includes(topic) ? commandHelp(topic, lang) : generalHelp(lang));
    return EXIT.ok;
  }
  if (name === undefined) {
    if (args.values.help) {
      io.stdout(generalHelp(lang));
      return EXIT.ok;
    }
    io.stderr(generalHelp(lang));
    return EXIT.unreadable;
  }
  if (!COMMANDS.includes(name as Command)) {
    io.stderr(USAGE[lang](TEXT[lang].unknownCommand(name)));
    return EXIT.unreadable;
  }
  if (args.values.help) {
    io.stdout(commandHelp(name as Command, lang));
    return EXIT.ok;
  }
  return run(name as Command, args, lang, io);
}
