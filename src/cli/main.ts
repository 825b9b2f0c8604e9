/**
 * The `appraise` command: `score`, `template`, `demo`, `--help`, `--version`.
 * bin/appraise.js calls `main(process.argv.slice(2))` and exits with the
 * status it resolves to.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import type { Workbook } from "exceljs";
import type { Lang } from "../engine/types";
import { VERSION } from "../version";
import { EXIT } from "./exit";
import { commandHelp, generalHelp, type Command } from "./help";
import { processIo, type CliIo } from "./io";
import { defaultLang, parseLang } from "./lang";

/** The commands, loaded (with ExcelJS) only when one runs: see commandModules.ts. */
const loadCommandModules = () => import("./commandModules");

const OPTIONS = {
  out: { type: "string", short: "o" },
  json: { type: "string" },
  lang: { type: "string" },
  strict: { type: "boolean" },
  force: { type: "boolean" },
  "inputs-only": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Which options each command takes (help and version are taken everywhere). */
const ALLOWED: Readonly<Record<Command, readonly string[]>> = {
  score: ["out", "json", "lang", "strict"],
  template: ["force", "lang"],
  demo: ["force", "lang", "inputs-only"],
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
    exists: (f: string) => `${f} 已存在，未覆盖。要覆盖请加 --force。`,
    cannotWrite: (f: string, why: string) => `无法写入 ${f}：${why}\n`,
    wroteTemplate: (f: string) => `空白工作簿已写入 ${f}\n`,
    wroteInputs: (f: string) => `示例输入工作簿（未评定）已写入 ${f}\n`,
  },
  en: {
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    badLang: (v: string) => `--lang must be zh or en, not "${v}".`,
    notFor: (o: string, c: string) => `Option --${o} does not apply to ${c}.`,
    needFile: (c: string) => `${c} needs a file name.`,
    tooMany: (c: string) => `${c} takes one file name.`,
    exists: (f: string) => `${f} exists; it was not overwritten. Add --force to overwrite it.`,
    cannotWrite: (f: string, why: string) => `Cannot write ${f}: ${why}\n`,
    wroteTemplate: (f: string) => `Wrote the empty workbook ${f}\n`,
    wroteInputs: (f: string) => `Wrote the demo inputs (ungraded) to ${f}\n`,
  },
} as const;

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;

function parse(argv: readonly string[]): Parsed | Error {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

const reason = (e: unknown): string => (e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e));

async function writeNew(file: string, force: boolean, lang: Lang, io: CliIo, build: () => Promise<Workbook>): Promise<boolean> {
  const target = path.resolve(io.cwd, file);
  if (!force && (await exists(target))) {
    io.stderr(`${TEXT[lang].exists(file)}\n`);
    return false;
  }
  try {
    const { saveWorkbook } = await loadCommandModules();
    await saveWorkbook(await build(), target);
    return true;
  } catch (e) {
    io.stderr(TEXT[lang].cannotWrite(file, reason(e)));
    return false;
  }
}

async function demo(file: string, values: Parsed["values"], lang: Lang, io: CliIo): Promise<number> {
  const { demoInputWorkbook, gradedDemoWorkbook, summaryText } = await loadCommandModules();
  if (values["inputs-only"]) {
    const ok = await writeNew(file, values.force === true, lang, io, async () => demoInputWorkbook());
    if (ok) io.stdout(TEXT[lang].wroteInputs(file));
    return ok ? EXIT.ok : EXIT.unreadable;
  }
  let summary = "";
  const ok = await writeNew(file, values.force === true, lang, io, async () => {
    const { workbook, outcome } = await gradedDemoWorkbook(lang, io.now());
    summary = summaryText(outcome.result, { lang, written: file });
    return workbook;
  });
  if (ok) io.stdout(summary);
  return ok ? EXIT.ok : EXIT.unreadable;
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
    const { score } = await loadCommandModules();
    return score({ input: file, out: values.out, json: values.json, lang, strict: values.strict === true }, io);
  }
  if (command === "template") {
    const { templateWorkbook } = await loadCommandModules();
    const ok = await writeNew(file, values.force === true, lang, io, async () => templateWorkbook());
    if (ok) io.stdout(t.wroteTemplate(file));
    return ok ? EXIT.ok : EXIT.unreadable;
  }
  return demo(file, values, lang, io);
}

/**
 * Runs the command line; resolves to the exit status (SPEC section 7): 0 when
 * the run completed (even with diagnostics, OUTPUT_CONFLICT included), 1 with
 * --strict when any error was found, 2 when a file cannot be read or written,
 * a required table is missing, or the command line is wrong.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const args = parse(argv);
  const envLang = defaultLang(io.env);
  if (args instanceof Error) {
    io.stderr(USAGE[envLang](args.message));
    return EXIT.unreadable;
  }
  const langArg = args.values.lang;
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
