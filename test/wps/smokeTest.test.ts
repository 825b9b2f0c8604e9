/**
 * The README's ten-minute smoke test for the first office that runs the WPS
 * 表格 add-in ("在 WPS 表格中使用 / Appraise in WPS 表格") names numbers the
 * office checks in WPS against the demo workbook: they must be what grading
 * examples/yinhai-2016.xlsx gives (the same run as `appraise score`, through
 * the package port), in both languages, or the office would be told to expect
 * something Appraise does not write. A change to the demo, the rules or the
 * engine that moves one fails here until the README says the new one.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Tier } from "../../src/engine/types";
import { gradeBytes } from "../../src/hosts/web/gradeBytes";
import { FIXED_NOW } from "../helpers/cli";

const ROOT = path.join(__dirname, "../..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");

/** The README's WPS section, split into its Chinese and English parts. */
function wpsSection(): { zh: string; en: string } {
  const start = README.indexOf("\n## 在 WPS 表格中使用 / Appraise in WPS 表格\n");
  const end = README.indexOf("\n## ", start + 1);
  const section = README.slice(start, end);
  const english = section.indexOf("\n### English\n");
  // Lines joined as a reader reads them: Chinese without the break, English with a space.
  return { zh: section.slice(0, english).replace(/\n\s*/g, ""), en: section.slice(english).replace(/\s+/g, " ") };
}

describe("the README's smoke test for WPS 表格 names what grading the demo gives", () => {
  let facts: {
    units: number;
    tiers: Record<Tier, number>;
    unit: (name: string) => { composite: string | null; rank: number | null; categorySize: number | null; tier: Tier | null; vetoedFrom: Tier | null };
    warnings: number;
    info: number;
    errors: number;
    first: { code: string; cell: string | null };
    fingerprint: string;
    letters: number;
    titleRowsRepeat: boolean;
  };

  beforeAll(async () => {
    const graded = await gradeBytes(readFileSync(path.join(ROOT, "examples", "yinhai-2016.xlsx")), "zh", FIXED_NOW);
    if (!graded.ok || graded.print === null) throw new Error("The demo did not grade");
    const { result, print } = graded;
    const tiers: Record<Tier, number> = { first: 0, second: 0, third: 0, unqualified: 0 };
    for (const u of result.units) if (u.tier !== null) tiers[u.tier]++;
    const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
    const sheet = (kind: string) => print.find((p) => p.kind === kind);
    const unit = (name: string) => {
      const found = result.units.find((u) => u.unit === name);
      if (found === undefined) throw new Error(`No unit ${name} in the demo`);
      return found;
    };
    facts = {
      units: result.units.length,
      tiers,
      unit,
      warnings: count("warning"),
      info: count("info"),
      errors: count("error"),
      first: { code: result.diagnostics[0].code, cell: result.diagnostics[0].cell },
      fingerprint: result.inputFingerprint,
      letters: (sheet("feedback")?.pageBreaksAfter.length ?? -1) + 1,
      titleRowsRepeat: sheet("announcement")?.titleRows !== null,
    };
  });

  it("in Chinese: the rows of 考评结果 and its tiers, two units, 校验提示, 运行记录's row and fingerprint, the letters' pages", () => {
    const { zh } = wpsSection();
    const { tiers } = facts;
    const lowest = facts.unit("区残联");
    const stats = facts.unit("区统计局");
    const vetoed = facts.unit("区安监和环保局");
    expect([lowest.tier, vetoed.tier, vetoed.vetoedFrom, stats.tier]).toEqual(["unqualified", "second", "first", "first"]);
    expect(zh).toContain(
      `${facts.units} 行单位；“等次”列 一等 ${tiers.first}、二等 ${tiers.second}、三等 ${tiers.third}、不合格 ${tiers.unqualified}（区残联，综合得分 ${lowest.composite}）`,
    );
    expect(zh).toContain(`=COUNTIF(考评结果!N:N,"一等")\`，应为 ${tiers.first}`);
    expect(zh).toContain(
      `区统计局 综合得分 ${stats.composite}，名次 ${stats.rank}（类别单位数 ${stats.categorySize}），一等；区安监和环保局 ${vetoed.composite}，因一票否决为二等`,
    );
    expect(zh).toContain(
      `${facts.warnings + facts.info + facts.errors} 行，其中警告 ${facts.warnings} 行、提示 ${facts.info} 行、${facts.errors === 0 ? "没有错误" : "?"}`,
    );
    expect(zh).toContain(`第一行是 \`${facts.first.code}\`，单元格 \`${facts.first.cell}\``);
    const runLog = `单位数 ${facts.units}、已评定 ${facts.units}、错误 ${facts.errors}、警告 ${facts.warnings}、一等 ${tiers.first}、二等 ${tiers.second}、三等 ${tiers.third}、不合格 ${tiers.unqualified}`;
    expect(zh).toContain(runLog);
    expect(zh).toContain(`\`${facts.fingerprint}\``);
    expect(zh).toContain(`共 ${facts.letters} 页，每页一个单位的反馈单`);
    expect(facts.letters).toBe(facts.units);
    expect(facts.titleRowsRepeat).toBe(true);
  });

  it("in English: the same numbers", () => {
    const { en } = wpsSection();
    const { tiers } = facts;
    const stats = facts.unit("区统计局");
    expect(en).toContain(
      `has ${facts.units} units, the 等次 column 一等 ${tiers.first}, 二等 ${tiers.second}, 三等 ${tiers.third}, 不合格 ${tiers.unqualified}`,
    );
    expect(en).toContain(`不合格 ${tiers.unqualified} (区残联, composite ${facts.unit("区残联").composite};`);
    expect(en).toContain(`区统计局 composite ${stats.composite}, rank ${stats.rank} of ${stats.categorySize}`);
    expect(en).toContain(
      `${facts.warnings + facts.info + facts.errors} rows, ${facts.warnings} warnings and ${facts.info} info, no error, the first \`${facts.first.code}\` at \`${facts.first.cell}\``,
    );
    expect(en).toContain(
      `${facts.units} units, ${facts.units} graded, ${facts.errors} errors, ${facts.warnings} warnings, ${tiers.first} / ${tiers.second} / ${tiers.third} / ${tiers.unqualified}`,
    );
    expect(en).toContain(`\`${facts.fingerprint}\``);
    expect(en).toContain(`${facts.letters} pages, one unit's`);
  });
});
