/**
 * `appraise template`, `demo`, `--help`, `--version` and command-line errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { RULES } from "../../src/engine/rules";
import { TABLES } from "../../src/engine/tables";
import { defaultLang } from "../../src/cli/lang";
import { defaultOut } from "../../src/cli/score";
import { VERSION } from "../../src/version";
import { readBack, runCli, sheetValues, tempDir } from "../helpers/cli";

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("--version and --help", () => {
  it("prints the version, the same as package.json's", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
    expect(await runCli(["--version"], dir)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it.each([
    [["--help"], "Usage:"],
    [["help"], "Usage:"],
    [["score", "--help"], "Usage: appraise score"],
    [["help", "demo"], "Usage: appraise demo"],
    [["template", "-h"], "Usage: appraise template"],
  ])("appraise %j prints help", async (args, text) => {
    const run = await runCli(args, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(text);
  });

  it("says in template's help that the workbook opens on the 说明 sheet, with lists and date formats", async () => {
    const en = await runCli(["template", "--help"], dir);
    expect(en.stdout).toContain("first the 说明 sheet (Guide with --lang en)");
    expect(en.stdout).toContain("drop-down lists on the enumerated columns");
    const zh = await runCli(["template", "--help", "--lang", "zh"], dir);
    expect(zh.stdout).toContain("第一个工作表“说明”写明每个表格的用途");
  });

  it("prints help in Chinese for a Chinese locale", async () => {
    const run = await runCli(["--help"], dir, { LANG: "zh_CN.UTF-8" });
    expect(run.stdout).toContain("用法：");
  });

  it.each([
    [[], "Usage:"],
    [["grade", "x.xlsx"], 'Unknown command "grade"'],
    [["score"], "score needs a file name"],
    [["score", "a.xlsx", "b.xlsx"], "score takes one file name"],
    [["score", "a.xlsx", "--bogus"], "Unknown option --bogus.\nRun appraise --help for usage.\n"],
    [["score", "a.xlsx", "--stirct"], "Unknown option --stirct. Did you mean --strict?"],
    [["score", "a.xlsx", "--out"], "Option --out needs a value after it."],
    [["score", "a.xlsx", "--out", "--strict"], "Option --out needs a value after it."],
    [["score", "a.xlsx", "--strict=yes"], "Option --strict takes no value."],
    [["template", "t.xlsx", "--year", "26"], '--year must be a four-digit year such as 2026, not "26".'],
    [["template", "t.xlsx", "--strict"], "Option --strict does not apply to template"],
    [["score", "a.xlsx", "--lang", "fr"], "--lang must be zh or en"],
  ])("appraise %j is a usage error (exit 2)", async (args, text) => {
    const run = await runCli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(text);
  });

  it.each([
    [["score", "a.xlsx", "--bogus", "--lang", "zh"], "未知选项 --bogus。\n运行 appraise --help 查看用法。\n"],
    [["score", "a.xlsx", "--lang=zh", "--out"], "选项 --out 后面需要一个值。\n运行 appraise --help 查看用法。\n"],
    [["score", "a.xlsx", "--strict=1"], "选项 --strict 不带值。\n运行 appraise --help 查看用法。\n"],
  ])("appraise %j says what is wrong in Chinese, with --lang or a Chinese locale", async (args, text) => {
    const run = await runCli(args, dir, { LANG: args.includes("--strict=1") ? "zh_CN.UTF-8" : "en_US.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(text);
  });
});

describe("defaults", () => {
  it.each([
    [{ LANG: "zh_CN.UTF-8" }, "zh"],
    [{ LC_ALL: "zh_TW.UTF-8", LANG: "en_US.UTF-8" }, "zh"],
    [{ LC_ALL: "C", LANG: "zh_CN.UTF-8" }, "zh"],
    [{ LANG: "en_GB.UTF-8" }, "en"],
    [{ LANG: "de_DE.UTF-8" }, "en"],
  ])("language of %j is %s", (env, lang) => expect(defaultLang(env, () => "en-US")).toBe(lang));

  it("falls back to the system locale when the environment names none", () => {
    expect(defaultLang({}, () => "zh-CN")).toBe("zh");
    expect(defaultLang({}, () => "en-US")).toBe("en");
  });

  it.each([
    ["foo.xlsx", "foo.graded.xlsx"],
    ["data/2016.XLSX", "data/2016.graded.xlsx"],
    ["book.xlsm", "book.graded.xlsm"],
    ["noext", "noext.graded.xlsx"],
  ])("the copy of %s is %s", (input, out) => expect(defaultOut(input)).toBe(out));
});

describe("template", () => {
  it("writes every input table with its Chinese headers and a filled Rules table", async () => {
    const run = await runCli(["template", "t.xlsx"], dir);
    expect(run.code).toBe(0);
    const wb = await readBack(path.join(dir, "t.xlsx"));
    for (const decl of TABLES) {
      const ws = wb.getWorksheet(decl.sheet);
      expect(ws).toBeDefined();
      const table = ws!.getTable(decl.name) as unknown as { model: { name: string } } | undefined;
      expect(table?.model.name).toBe(decl.name);
      expect(sheetValues(wb, decl.sheet)[0]).toEqual(decl.columns.map((c) => c.zh));
    }
    const rules = sheetValues(wb, "考评规则").slice(1);
    expect(rules.map((r) => r[0])).toEqual(RULES.map((r) => r.key));
    expect(rules.find((r) => r[0] === "tier.ratios")).toEqual(["tier.ratios", "0.4,0.5,0.1", expect.stringContaining("比例")]);
  });

  it("writes the period and deadline of the current year by default, of --year when given, and says which", async () => {
    const now = await runCli(["template", "now.xlsx"], dir);
    expect(now.stdout).toBe("Wrote the empty workbook now.xlsx (appraisal year 2017: period 2017-01-01 to 2017-12-31)\n");
    const rulesOf = async (file: string) =>
      new Map(
        sheetValues(await readBack(path.join(dir, file)), "考评规则")
          .slice(1)
          .map((r) => [r[0], r[1]]),
      );
    expect((await rulesOf("now.xlsx")).get("period.start")).toBe("2017-01-01");
    const y2026 = await runCli(["template", "y2026.xlsx", "--year", "2026"], dir, { LANG: "zh_CN.UTF-8" });
    expect(y2026.stdout).toBe("空白工作簿已写入 y2026.xlsx（考评年度 2026：考评期 2026-01-01 至 2026-12-31）\n");
    const rules = await rulesOf("y2026.xlsx");
    expect([rules.get("period.start"), rules.get("period.end"), rules.get("deadline.adjustment")]).toEqual(["2026-01-01", "2026-12-31", "2026-11-25"]);
  });

  it("heads the tables in English with --lang en", async () => {
    expect((await runCli(["template", "en.xlsx", "--lang", "en"], dir)).code).toBe(0);
    const wb = await readBack(path.join(dir, "en.xlsx"));
    for (const decl of TABLES) expect(sheetValues(wb, decl.sheet)[0]).toEqual(decl.columns.map((c) => c.name));
    expect(sheetValues(wb, "考评规则")[1]).toEqual(["period.start", "2017-01-01", "appraisal period start"]);
  });

  it("does not overwrite an existing file unless --force", async () => {
    fs.writeFileSync(path.join(dir, "t.xlsx"), "mine");
    const run = await runCli(["template", "t.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "t.xlsx"), "utf8")).toBe("mine");
    expect((await runCli(["template", "t.xlsx", "--force"], dir)).code).toBe(0);
  });

  it("grades to nothing, without errors about its own tables", async () => {
    await runCli(["template", "t.xlsx"], dir);
    const run = await runCli(["score", "t.xlsx", "--json", "-"], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.units).toEqual([]);
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual([]);
  });
});

describe("demo", () => {
  it("writes the 45 units of the plan, already graded", async () => {
    const run = await runCli(["demo", "demo.xlsx", "--lang", "zh"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("党委群团类：17 个单位，已评定 17 个");
    const wb = await readBack(path.join(dir, "demo.xlsx"));
    const results = sheetValues(wb, "考评结果");
    expect(results[0][0]).toBe("单位");
    expect(results.length).toBe(46);
    expect(new Set(results.slice(1).map((r) => r[13]))).toEqual(new Set(["一等", "二等", "三等", "不合格"]));
    expect(sheetValues(wb, "运行记录").length).toBe(2);
    // Graded as score grades a file (issue 18): History and the paperwork too (test/cli/demo.test.ts has the rest).
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["考评结果", "校验提示", "考评通报", "反馈单", "结果历史", "运行记录"]));
    expect(sheetValues(wb, "结果历史").length).toBe(46);
  });

  it("writes the inputs only with --inputs-only", async () => {
    expect((await runCli(["demo", "in.xlsx", "--inputs-only"], dir)).code).toBe(0);
    const wb = await readBack(path.join(dir, "in.xlsx"));
    expect(wb.getWorksheet("考评结果")).toBeUndefined();
    expect(sheetValues(wb, "考评对象").length).toBe(46);
  });
});
