/**
 * Running the command line in tests: in-process through `main` with captured
 * output, against real files in a temporary directory.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputWorkbook, type InputTable, type InputValue } from "../../src/cli/inputTables";
import { main } from "../../src/cli/main";
import { defaultOut } from "../../src/cli/score";
import { packageStructureProblems } from "./packageStructure";
import { workbookToBuffer } from "../../src/workbook/exceljs/files";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const FIXED_NOW = new Date("2017-03-01T09:00:00.000Z");

/** How many copies runCli has checked in this test file (so a test can show the check ran). */
export let checkedCopies = 0;

/** The copy a `score` run names (its --out, the input itself with --in-place, or the default beside the input). */
function scoreOut(args: readonly string[]): string | null {
  if (args[0] !== "score") return null;
  const at = args.findIndex((a) => a === "--out" || a === "-o");
  const input = args.slice(1).find((a, i) => !a.startsWith("-") && !["--out", "-o", "--json", "--lang"].includes(args[i]));
  if (at >= 0) return args[at + 1] ?? null;
  return input === undefined ? null : args.includes("--in-place") ? input : defaultOut(input);
}

/**
 * Runs `appraise <args>` in-process in `cwd`, English unless the env says
 * otherwise. After a `score` run that wrote its copy, the copy's structure is
 * checked (packageStructure.ts): every copy the tests write must pass.
 */
export async function runCli(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = { LANG: "en_US.UTF-8" },
  now: Date = FIXED_NOW,
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const out = scoreOut(args);
  const stamp = (): number | null => (out !== null && fs.existsSync(path.resolve(cwd, out)) ? fs.statSync(path.resolve(cwd, out)).mtimeMs : null);
  const before = stamp();
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: false,
    env,
    cwd,
    now: () => now,
  });
  const after = stamp();
  if (out !== null && after !== null && after !== before) {
    checkedCopies++;
    expect(packageStructureProblems(fs.readFileSync(path.resolve(cwd, out)))).toEqual([]);
  }
  return { code, stdout, stderr };
}

/** A fresh temporary directory, removed by `cleanup`. */
export function tempDir(prefix = "appraise-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Renames a unit in every table of the demo (first column is always Unit). */
export function renameUnit(tables: readonly InputTable[], from: string, to: string): InputTable[] {
  return tables.map((t) => (t.columns[0]?.name === "Unit" ? { ...t, rows: t.rows.map((r) => (r[0] === from ? [to, ...r.slice(1)] : r)) } : t));
}

/** Replaces one cell of a table's data row (0-based row, English column name). */
export function setCell(tables: readonly InputTable[], table: string, row: number, column: string, value: InputValue): InputTable[] {
  return tables.map((t) => {
    if (t.decl.name !== table) return t;
    const c = t.columns.findIndex((col) => col.name === column);
    return { ...t, rows: t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === c ? value : v)) : r)) };
  });
}

/** Writes the demo's inputs (optionally changed) to `dir/name` and returns the path. */
export async function writeDemoInput(dir: string, name = "in.xlsx", change: (t: InputTable[]) => InputTable[] = (t) => t): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await workbookToBuffer(inputWorkbook(change(buildDemoTables()))));
  return file;
}

/** Loads a workbook file with ExcelJS, as an independent check of what was written. */
export async function readBack(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The values of a sheet's rows (1-based rows and columns dropped), header first. */
export function sheetValues(wb: Workbook, sheet: string): unknown[][] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`No sheet ${sheet}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((v) => (v === undefined ? null : v)));
  });
  return rows;
}

/** Whether LibreOffice's `soffice` is on PATH. */
export function hasSoffice(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8", env: { ...process.env, HOME: os.tmpdir() } }).status === 0;
}

/** LibreOffice's CSV export of every sheet, raw values (not as displayed), UTF-8. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

/** Converts a file with LibreOffice into `outDir` (xlsx, xls, ods…); returns the new file. */
export function sofficeConvert(file: string, to: string, outDir: string): string {
  const home = tempDir("appraise-soffice-home-");
  const run = spawnSync("soffice", ["--headless", "--norestore", "--convert-to", to, "--outdir", outDir, file], {
    encoding: "utf8",
    env: { ...process.env, HOME: home },
    timeout: 120_000,
  });
  fs.rmSync(home, { recursive: true, force: true });
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${to.split(":")[0]}`);
  if (run.status !== 0 || !fs.existsSync(out)) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return out;
}

/** Re-saves a workbook with LibreOffice as .xlsx into `outDir`; returns the new file. */
export function sofficeResave(file: string, outDir: string): string {
  return sofficeConvert(file, "xlsx", outDir);
}

/**
 * Converts a workbook to one CSV per sheet with LibreOffice and parses them:
 * sheet name → rows of cell texts.
 */
export function sofficeSheets(file: string): Map<string, string[][]> {
  const out = tempDir("appraise-soffice-");
  const home = tempDir("appraise-soffice-home-");
  const run = spawnSync("soffice", ["--headless", "--norestore", "--convert-to", CSV_FILTER, "--outdir", out, file], {
    encoding: "utf8",
    env: { ...process.env, HOME: home },
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  const base = path.basename(file, path.extname(file));
  const sheets = new Map<string, string[][]>();
  for (const name of fs.readdirSync(out)) {
    if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
    sheets.set(name.slice(base.length + 1, -4), parseCsv(fs.readFileSync(path.join(out, name), "utf8")));
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(home, { recursive: true, force: true });
  return sheets;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines in quotes).
 * @example
 * parseCsv('a,"b,""c"""\n1,2\n') //=> [["a", 'b,"c"'], ["1", "2"]]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
