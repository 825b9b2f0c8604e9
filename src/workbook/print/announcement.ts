/**
 * 考评通报, the announcement of the results in the name of the district (the
 * plan's 以区委、区政府名义进行通报; SPEC §6): a print layout, not a table.
 * The title (`report.title`, default "{year}年度绩效考评结果", the year of
 * period.start), then per category in Results order a heading with its unit
 * count ("（暂定）" when provisional), one line per tier in the official form
 * "一等（6个）：区发改局、区财政局、…" (units in rank order; tiers without
 * units are left out), the ungraded units last with the word 未评定 (and the
 * unassessed after them, as 不参加考评), and a table 名次 / 单位 / 综合得分 / 等次.
 * A unit whose tier a veto lowered is marked "（一票否决）" both in its tier
 * line ("三等（2个）：区统计局（一票否决）、…") and in the table ("三等（一票否决）"),
 * so a reader sees why it stands below a unit ranked after it.
 */
import { TIER_LABELS } from "../../engine/tierLabels";
import type { CategorySummary, GradeResult, Lang, Tier, UnitResult } from "../../engine/types";
import { scoreFormat } from "../columns/column";
import { PAPERWORK_TEXT } from "./paperworkText";
import { cell, cells, span, type PrintRow, type PrintSheetPlan } from "./printPlan";

export const ANNOUNCEMENT_SHEET = "考评通报";

const TIERS: readonly Tier[] = ["first", "second", "third", "unqualified"];

/**
 * The document's title: `report.title`, or the default for the year of period.start.
 * @example
 * announcementTitle({ "report.title": "", "period.start": "2016-01-01" }, "zh") //=> "2016年度绩效考评结果"
 */
export function announcementTitle(rules: Readonly<Record<string, string>>, lang: Lang): string {
  const title = rules["report.title"] ?? "";
  return title !== "" ? title : PAPERWORK_TEXT[lang].defaultTitle((rules["period.start"] ?? "").slice(0, 4));
}

/** The lines of one category: a tier line per tier that has units (a vetoed unit marked), then 未评定, then 不参加考评. */
export function categoryLines(units: readonly UnitResult[], lang: Lang): string[] {
  const t = PAPERWORK_TEXT[lang];
  const names = (list: readonly UnitResult[]) => list.map((u) => u.unit);
  const marked = (list: readonly UnitResult[]) => list.map((u) => (u.vetoedFrom !== null ? `${u.unit}${t.vetoMark}` : u.unit));
  const lines: string[] = [];
  for (const tier of TIERS) {
    const inTier = units.filter((u) => u.tier === tier);
    if (inTier.length > 0) lines.push(t.tierLine(TIER_LABELS[tier][lang], marked(inTier)));
  }
  const ungraded = units.filter((u) => u.assessed && !u.graded);
  if (ungraded.length > 0) lines.push(t.tierLine(t.notGraded, names(ungraded)));
  const unassessed = units.filter((u) => !u.assessed);
  if (unassessed.length > 0) lines.push(t.tierLine(t.notAssessed, names(unassessed)));
  return lines;
}

function tableRows(units: readonly UnitResult[], lang: Lang): PrintRow[] {
  const t = PAPERWORK_TEXT[lang];
  const label = (u: UnitResult): string =>
    u.tier ? `${TIER_LABELS[u.tier][lang]}${u.vetoedFrom !== null ? t.vetoMark : ""}` : u.assessed ? t.notGraded : t.notAssessed;
  return [
    cells(...t.tableHeader.map((h) => cell(h, "tableHeader"))),
    ...units.map((u) => cells(cell(u.rank), cell(u.unit), cell(u.composite === null ? null : Number(u.composite), "number"), cell(label(u)))),
  ];
}

function categorySection(category: CategorySummary | undefined, name: string, units: readonly UnitResult[], lang: Lang): PrintRow[] {
  const t = PAPERWORK_TEXT[lang];
  const size = category?.size ?? units.filter((u) => u.assessed).length;
  return [
    span(t.category(name, size, category?.provisional ?? false), "heading"),
    ...categoryLines(units, lang).map((l) => span(l)),
    ...tableRows(units, lang),
    span(""),
  ];
}

/**
 * The announcement of a graded run, in `lang`.
 * @example
 * buildAnnouncement(result, "zh").rows[2] //=> { span: { value: "一等（6个）：区政府采购中心、区统计局、…", style: "line" } }
 */
export function buildAnnouncement(result: GradeResult, lang: Lang): PrintSheetPlan {
  const rows: PrintRow[] = [span(announcementTitle(result.rules, lang), "title"), span("")];
  const order: string[] = [];
  for (const u of result.units) if (!order.includes(u.category)) order.push(u.category);
  for (const name of order) {
    const units = result.units.filter((u) => u.category === name);
    rows.push(
      ...categorySection(
        result.categories.find((c) => c.category === name),
        name,
        units,
        lang,
      ),
    );
  }
  return {
    kind: "announcement",
    sheet: ANNOUNCEMENT_SHEET,
    columnWidths: [8, 34, 12, 12],
    numberFormat: scoreFormat(result.decimals),
    rows,
    pageBreaksAfter: [],
    titleRows: [0, 0],
  };
}
