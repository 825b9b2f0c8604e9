/**
 * The announcement (考评通报) and the feedback letters (反馈单) laid out from a
 * run of the demo workbook: every number and name as the run gives it.
 */
import { buildDemoTables } from "../../src/cli/demo/buildDemo";
import { inputGrids, type InputTable } from "../../src/cli/inputTables";
import { grade } from "../../src/engine/grade";
import { TIER_LABELS } from "../../src/engine/tierLabels";
import type { GradeResult, Tier } from "../../src/engine/types";
import { buildAnnouncement } from "../../src/workbook/print/announcement";
import { buildFeedbackLetters } from "../../src/workbook/print/feedbackLetters";
import type { PrintRow, PrintSheetPlan } from "../../src/workbook/print/printPlan";

const withRule = (tables: InputTable[], key: string, value: string): InputTable[] =>
  tables.map((t) => (t.decl.name === "Rules" ? { ...t, rows: t.rows.map((r) => (r[0] === key ? [key, value, r[2] ?? null] : r)) } : t));

const demo = grade(inputGrids(withRule(buildDemoTables(), "feedback.date", "2017-01-25")));
const lineTexts = (plan: PrintSheetPlan): string[] => plan.rows.flatMap((r: PrintRow) => ("span" in r ? [String(r.span.value ?? "")] : []));
const TIERS: readonly Tier[] = ["first", "second", "third", "unqualified"];

describe("the announcement", () => {
  const zh = buildAnnouncement(demo, "zh");
  const lines = lineTexts(zh);

  it("is titled by report.title, or for the year of period.start", () => {
    expect(lines[0]).toBe("2016年度绩效考评结果");
    expect(zh.titleRows).toEqual([0, 0]);
    const titled = grade(inputGrids(withRule(buildDemoTables(), "report.title", "银海区2016年度绩效考评结果通报")));
    expect(lineTexts(buildAnnouncement(titled, "zh"))[0]).toBe("银海区2016年度绩效考评结果通报");
  });

  it("lists per category and tier exactly the units the run places there, in rank order", () => {
    for (const c of demo.categories) {
      expect(lines).toContain(`${c.category}（${c.size}个）`);
      for (const tier of TIERS) {
        const units = demo.units.filter((u) => u.category === c.category && u.tier === tier).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
        // A unit a veto lowered is marked (the demo's 区安监和环保局, 一等 → 二等).
        const line = `${TIER_LABELS[tier].zh}（${units.length}个）：${units.map((u) => (u.vetoedFrom !== null ? `${u.unit}（一票否决）` : u.unit)).join("、")}`;
        if (units.length > 0) expect(lines).toContain(line);
      }
      // A tier without units has no line in its category's section.
      const start = lines.indexOf(`${c.category}（${c.size}个）`);
      const section = lines.slice(start + 1, lines.indexOf("", start));
      for (const tier of TIERS) {
        const has = demo.units.some((u) => u.category === c.category && u.tier === tier);
        expect(section.some((l) => l.startsWith(`${TIER_LABELS[tier].zh}（`))).toBe(has);
      }
    }
  });

  it("says 暂定 for a provisional category and lists its ungraded units last, as 未评定", () => {
    // 区统计局's scores removed: not graded, so its category is provisional.
    const tables = buildDemoTables().map((t) => (t.decl.name === "Satisfaction" ? { ...t, rows: t.rows.filter((r) => r[0] !== "区统计局") } : t));
    const result: GradeResult = grade(inputGrids(tables));
    const category = result.units.find((u) => u.unit === "区统计局")?.category as string;
    const ls = lineTexts(buildAnnouncement(result, "zh"));
    const heading = ls.findIndex((l) => l.startsWith(category));
    expect(ls[heading]).toBe(`${category}（14个）（暂定）`);
    const section = ls.slice(
      heading + 1,
      ls.findIndex((l, i) => i > heading && l === ""),
    );
    expect(section.at(-1)).toBe("未评定（1个）：区统计局");
  });

  it("has a rank table per category: 名次 / 单位 / 综合得分 / 等次", () => {
    const headers = zh.rows.filter((r) => "cells" in r && r.cells[0]?.style === "tableHeader");
    expect(headers).toHaveLength(demo.categories.length);
    const first = demo.units[0]!;
    const row = zh.rows.find((r) => "cells" in r && r.cells[1]?.value === first.unit);
    expect(row && "cells" in row ? row.cells.map((c) => c.value) : null).toEqual([
      first.rank,
      first.unit,
      Number(first.composite),
      TIER_LABELS[first.tier as Tier].zh,
    ]);
  });

  it("speaks English for English users", () => {
    const en = lineTexts(buildAnnouncement(demo, "en"));
    expect(en[0]).toBe("Performance appraisal results 2016");
    expect(en.some((l) => /^First \(\d+\): /.test(l))).toBe(true);
  });
});

describe("the feedback letters", () => {
  const zh = buildFeedbackLetters(demo, "zh");
  const pages = (plan: PrintSheetPlan): PrintRow[][] => {
    const out: PrintRow[][] = [];
    let start = 0;
    for (const end of [...plan.pageBreaksAfter, plan.rows.length - 1]) {
      out.push(plan.rows.slice(start, end + 1));
      start = end + 1;
    }
    return out;
  };

  it("gives every assessed unit one page, in Results order", () => {
    const ps = pages(zh);
    expect(ps).toHaveLength(45);
    ps.forEach((page, i) => expect(lineTexts({ ...zh, rows: page })[1]).toBe(`单位：${demo.units[i]!.unit}\u3000\u3000类别：${demo.units[i]!.category}`));
  });

  it("holds the unit's parts, rank, tier and appeal deadline", () => {
    const u = demo.units[2]!;
    const page = pages(zh)[2]!;
    const texts = lineTexts({ ...zh, rows: page });
    const composite = page.find((r) => "cells" in r && r.cells[0]?.value === "综合得分");
    expect(composite && "cells" in composite ? composite.cells[2]?.value : null).toBe(Number(u.composite));
    expect(texts).toContain(`名次：第${u.rank}名/${u.categorySize}`);
    expect(texts).toContain(`初步等次：${TIER_LABELS[u.tier as Tier].zh}`);
    expect(texts).toContain("如对考评结果有异议，请于2017-02-09前（反馈之日起7个工作日内）向区绩效办提出复核申请。");
  });

  it("lists each bonus item, each penalty with its reason and date, and a veto with its area", () => {
    const vetoed = demo.units.find((u) => u.vetoed)!;
    const page = pages(zh)[demo.units.indexOf(vetoed)]!;
    const texts = lineTexts({ ...zh, rows: page });
    expect(texts.some((l) => l.startsWith(`一票否决：${vetoed.details.vetoes[0]!.area}`))).toBe(true);
    const withPenalty = demo.units.find((u) => u.details.penalties.some((p) => !p.counted))!;
    const penaltyPage = pages(zh)[demo.units.indexOf(withPenalty)]!;
    const notCounted = withPenalty.details.penalties.find((p) => !p.counted)!;
    const row = penaltyPage.find((r) => "cells" in r && r.cells[0]?.value === `  · ${notCounted.reason}`);
    expect(row && "cells" in row ? row.cells[3]?.value : null).toContain(`${notCounted.date}，${notCounted.count} 项，不在考评期内，不扣分`);
  });

  it("names the number of working days and no date while feedback.date is blank", () => {
    const texts = lineTexts(buildFeedbackLetters(grade(inputGrids(buildDemoTables())), "zh"));
    expect(texts).toContain("如对考评结果有异议，请于反馈之日起7个工作日内向区绩效办提出复核申请。");
  });
});
