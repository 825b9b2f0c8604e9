/**
 * `appraise print <graded.xlsx> [--out <file.pdf>] [--only announcement|feedback]`:
 * the announcement (考评通报) and the feedback letters (反馈单) of a graded
 * workbook as one PDF, laid out as the sheets' page setup says (A4 portrait,
 * one page wide, a page per letter). LibreOffice does the printing
 * (`soffice --headless --convert-to pdf`): a copy of the workbook in which
 * every other sheet is hidden goes to it in a temporary folder; the graded
 * workbook itself is only read. In Excel, printing is Excel's own (File ›
 * Print, with those two sheets selected).
 */
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Lang } from "../engine/types";
import { PRINT_SHEETS, type PrintKind } from "../workbook/port";
import { writeFileAtomically } from "../workbook/xlsx/atomicWrite";
import { firstDamagedPart, type CopyDefect } from "../workbook/xlsx/copyDefect";
import { identifyFile } from "../workbook/xlsx/identifyFile";
import { packageOwnership } from "../workbook/xlsx/inspectPackage";
import { printOnlyPackage } from "../workbook/xlsx/printOnlyPackage";
import { readZip } from "../workbook/xlsx/zip";
import { EXIT } from "./exit";
import { fsErrorText, openProblemText } from "./fileProblems";
import type { CliIo } from "./io";

export interface PrintOptions {
  readonly input: string;
  /** Default: `<in>.pdf` beside the input. */
  readonly out?: string;
  /** One of the two documents alone; both by default. */
  readonly only?: PrintKind;
  readonly lang: Lang;
}

const MSG = {
  zh: {
    cannotRead: (f: string, why: string) => `无法读取 ${f}：${why}\n`,
    notGraded: (f: string) => `${f} 中没有 Appraise 写的“考评通报”或“反馈单”工作表：请先运行 appraise score，再打印它写出的副本。\n`,
    noLibreOffice:
      "打印 PDF 需要 LibreOffice，但未找到 soffice 命令。请安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-calc-nogui；Windows、Mac：从 libreoffice.org 下载），或在 Excel 中打开工作簿，选中“考评通报”和“反馈单”后用“文件 › 打印”。\n",
    failed: (why: string, next: string) => `LibreOffice 未能生成 PDF：${why}。${next}\n`,
    raw: "LibreOffice 的原始输出：",
    why: {
      cannotOpen: "LibreOffice 打不开这个工作簿",
      damaged: (part: string, why: string) => `工作簿中的部件 ${part} 不是正确的 XML（${why}），LibreOffice 因此打不开它`,
      noCalc: "这台电脑上的 LibreOffice 没有电子表格组件（Calc）",
      crashed: (how: string) => `LibreOffice 意外退出（${how}）`,
      timedOut: (minutes: number) => `LibreOffice 在 ${minutes} 分钟内没有完成`,
      noPdf: "LibreOffice 运行结束，但没有生成 PDF",
      exit: (code: number) => `LibreOffice 出错退出（退出状态 ${code}）`,
    },
    next: {
      cannotOpen:
        "请用 LibreOffice Calc 打开它看看；打不开时，用当前版本的 appraise 重新评定（旧版本写出的副本 LibreOffice 可能拒绝），或在 Excel 中选中“考评通报”和“反馈单”后用“文件 › 打印”。",
      noCalc: "请安装 LibreOffice Calc（Debian/Ubuntu：apt-get install libreoffice-calc-nogui），或在 Excel 中打印。",
      retry: "请关闭其他 LibreOffice 窗口后重试；仍然失败时，请更新 LibreOffice，或在 Excel 中选中“考评通报”和“反馈单”后用“文件 › 打印”。",
    },
    cannotWrite: (f: string, why: string) => `无法写入 ${f}：${why}\n`,
    wrote: (f: string, sheets: string) => `已将${sheets}打印到 ${f}\n`,
    and: "和",
  },
  en: {
    cannotRead: (f: string, why: string) => `Cannot read ${f}: ${why}\n`,
    notGraded: (f: string) =>
      `${f} has no 考评通报 (announcement) or 反馈单 (feedback) sheet written by Appraise: run appraise score first, and print the copy it writes.\n`,
    noLibreOffice:
      "Printing to PDF needs LibreOffice, and the soffice command was not found. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc-nogui; Windows, Mac: from libreoffice.org), or open the workbook in Excel, select the 考评通报 and 反馈单 sheets and use File › Print.\n",
    failed: (why: string, next: string) => `LibreOffice could not make the PDF: ${why}. ${next}\n`,
    raw: "LibreOffice's own words:",
    why: {
      cannotOpen: "LibreOffice cannot open this workbook",
      damaged: (part: string, why: string) => `the workbook's part ${part} is not well-formed XML (${why}), so LibreOffice cannot open it`,
      noCalc: "the LibreOffice on this computer has no spreadsheet component (Calc)",
      crashed: (how: string) => `LibreOffice stopped unexpectedly (${how})`,
      timedOut: (minutes: number) => `LibreOffice did not finish within ${minutes} minutes`,
      noPdf: "LibreOffice finished without writing a PDF",
      exit: (code: number) => `LibreOffice failed (exit status ${code})`,
    },
    next: {
      cannotOpen:
        "Try opening it in LibreOffice Calc; if it does not open, grade it again with the current appraise (copies written by older versions may be refused), or print from Excel: select the 考评通报 and 反馈单 sheets and use File › Print.",
      noCalc: "Install LibreOffice Calc (Debian/Ubuntu: apt-get install libreoffice-calc-nogui), or print from Excel.",
      retry:
        "Close other LibreOffice windows and retry; if it still fails, update LibreOffice, or print from Excel: select the 考评通报 and 反馈单 sheets and use File › Print.",
    },
    cannotWrite: (f: string, why: string) => `Cannot write ${f}: ${why}\n`,
    wrote: (f: string, sheets: string) => `Printed ${sheets} to ${f}\n`,
    and: " and ",
  },
} as const;

/**
 * The default PDF beside the input.
 * @example
 * defaultPdf("out/yinhai.graded.xlsx") //=> "out/yinhai.graded.pdf"
 */
export function defaultPdf(input: string): string {
  const ext = path.extname(input);
  return `${ext === "" ? input : input.slice(0, -ext.length)}.pdf`;
}

/** How a LibreOffice run ended: its exit status or the signal that stopped it, and what it wrote to stderr. */
interface SofficeRun {
  readonly code: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly stderr: string;
}

/** How long LibreOffice may take to print before it is stopped: far longer than any appraisal's paperwork needs. */
const SOFFICE_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs LibreOffice (`soffice` on the PATH, or the program APPRAISE_SOFFICE
 * names, e.g. C:\Program Files\LibreOffice\program\soffice.exe) with its
 * own profile in `home`; resolves to null when it is not installed, else how
 * it ended. It is stopped after SOFFICE_TIMEOUT_MS.
 */
function soffice(args: readonly string[], home: string, env: CliIo["env"]): Promise<SofficeRun | null> {
  return new Promise((resolve) => {
    const child = spawn(env.APPRAISE_SOFFICE || "soffice", [...args], { env: { ...env, HOME: home }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, SOFFICE_TIMEOUT_MS);
    child.stderr.on("data", (d: Buffer) => void (stderr += d.toString()));
    child.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(e.code === "ENOENT" ? null : { code: null, signal: null, timedOut: false, stderr: e.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stderr });
    });
  });
}

/**
 * What to tell the user when LibreOffice made no PDF: the reason in plain
 * words and the next step, then LibreOffice's own stderr (for whoever
 * supports them), indented.
 */
export function sofficeFailure(run: SofficeRun, lang: Lang, damaged: CopyDefect | null = null): string {
  const t = MSG[lang];
  const raw = run.stderr.trim();
  let why: string = t.why.noPdf;
  let next: string = t.next.retry;
  if (run.timedOut) why = t.why.timedOut(SOFFICE_TIMEOUT_MS / 60_000);
  else if (run.signal !== null) why = t.why.crashed(run.signal);
  else if (/no export filter/i.test(raw)) [why, next] = [t.why.noCalc, t.next.noCalc];
  else if (/could not be loaded|source file could not/i.test(raw))
    [why, next] = [damaged === null ? t.why.cannotOpen : t.why.damaged(damaged.part, damaged.reason), t.next.cannotOpen];
  else if (run.code !== null && run.code !== 0) why = t.why.exit(run.code);
  const rawLines =
    raw === ""
      ? ""
      : `${t.raw}\n${raw
          .split(/\r?\n/)
          .map((l) => `  ${l}`)
          .join("\n")}\n`;
  return t.failed(why, next) + rawLines;
}

/** The sheets to print, those of them the workbook's owner names say Appraise wrote. */
function sheetsToPrint(bytes: Buffer, only: PrintKind | undefined): string[] {
  const ownership = packageOwnership(bytes);
  const kinds = (Object.keys(PRINT_SHEETS) as PrintKind[]).filter((k) => only === undefined || k === only);
  return kinds.filter((k) => ownership?.[k] === "owned").map((k) => PRINT_SHEETS[k].sheet);
}

/** Runs `print`; resolves to the exit status. */
export async function print(options: PrintOptions, io: CliIo): Promise<number> {
  const t = MSG[options.lang];
  const input = path.resolve(io.cwd, options.input);
  const outArg = options.out ?? defaultPdf(options.input);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(input);
  } catch (e) {
    io.stderr(t.cannotRead(options.input, fsErrorText(e, options.lang)));
    return EXIT.unreadable;
  }
  const kind = identifyFile(bytes);
  if (kind !== "workbook") {
    io.stderr(t.cannotRead(options.input, openProblemText({ kind }, options.lang)));
    return EXIT.unreadable;
  }
  const sheets = sheetsToPrint(bytes, options.only);
  const copy = sheets.length === 0 ? null : printOnlyPackage(bytes, sheets);
  if (copy === null) {
    io.stderr(t.notGraded(options.input));
    return EXIT.unreadable;
  }
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "appraise-print-"));
  try {
    await fs.writeFile(path.join(work, "print.xlsx"), copy);
    const run = await soffice(["--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, path.join(work, "print.xlsx")], work, io.env);
    if (run === null) {
      io.stderr(t.noLibreOffice);
      return EXIT.unreadable;
    }
    const pdf = await fs.readFile(path.join(work, "print.pdf")).catch(() => null);
    if (run.code !== 0 || pdf === null) {
      io.stderr(sofficeFailure(run, options.lang, firstDamagedPart(readZip(copy))));
      return EXIT.unreadable;
    }
    try {
      await writeFileAtomically(path.resolve(io.cwd, outArg), pdf);
    } catch (e) {
      io.stderr(t.cannotWrite(outArg, fsErrorText(e, options.lang)));
      return EXIT.unreadable;
    }
    io.stdout(t.wrote(outArg, sheets.map((s) => `“${s}”`).join(t.and)));
    return EXIT.ok;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
