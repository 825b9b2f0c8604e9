/**
 * Which sheet of the old workbook is the summary: the one sheet whose header
 * (headerLayout.ts) has a unit column and the score columns, or the sheet
 * `--sheet` names. None, or more than one, is an error that says why for
 * each sheet and how to resolve it: the import never picks one by guess.
 */
import type { Bilingual } from "../../engine/types";
import type { Field } from "./headerAliases";
import { headerRowOf, readHeader, type HeaderLayout } from "./headerLayout";
import { importFinding, type ImportFinding } from "./importMessages";
import type { PlainSheet } from "./plainSheet";

/** The parts a summary must give: a unit's score needs each (votes count for public and leader). */
export const REQUIRED: readonly { readonly field: Field; readonly zh: string; readonly en: string; readonly headers: string }[] = [
  { field: "functional", zh: "职能", en: "functional", headers: "职能目标、职能指标、职能" },
  { field: "common", zh: "共性", en: "common", headers: "共性目标、共性指标、共性" },
  { field: "public", zh: "公众评议", en: "public", headers: "公众评议、公众满意度，或其下的满意、比较满意、基本满意、不满意票数" },
  { field: "leader", zh: "领导评价", en: "leader", headers: "领导评价、领导满意度，或其下的满意、比较满意、基本满意、不满意票数" },
];

/** Whether the header gives a part: its score column, or (public, leader) its vote counts. */
export const gives = (layout: HeaderLayout, field: Field): boolean =>
  layout.columns.has(field) || ((field === "public" || field === "leader") && layout.columns.has(`${field}.Satisfied`));

export type Chosen =
  { readonly ok: true; readonly sheet: PlainSheet; readonly layout: HeaderLayout } | { readonly ok: false; readonly findings: readonly ImportFinding[] };

interface Assessed {
  readonly sheet: PlainSheet;
  readonly layout: HeaderLayout | null;
  /** Why it is not a summary, or null when it is one. */
  readonly reason: Bilingual | null;
}

function assess(sheet: PlainSheet): Assessed {
  const q = `“${sheet.name}”`;
  if (sheet.tables.length > 0) {
    const t = sheet.tables.join("、");
    return {
      sheet,
      layout: null,
      reason: {
        zh: `工作表${q}中是 Excel 表格（${t}），已是 Appraise 的输入形式，请直接用 appraise score 评定`,
        en: `sheet "${sheet.name}" holds Excel tables (${t}), already Appraise's input: grade it with appraise score`,
      },
    };
  }
  const top = headerRowOf(sheet);
  if (top === null) {
    if (sheet.rows.length === 0) return { sheet, layout: null, reason: { zh: `工作表${q}是空的`, en: `sheet "${sheet.name}" is empty` } };
    return {
      sheet,
      layout: null,
      reason: {
        zh: `工作表${q}的前 30 行中没有“单位名称/单位/被考评单位”列标题`,
        en: `sheet "${sheet.name}" has no 单位名称/单位/被考评单位 (unit) header in its first 30 rows`,
      },
    };
  }
  const layout = readHeader(sheet, top);
  const lacking = REQUIRED.filter((r) => !gives(layout, r.field));
  if (lacking.length === 0) return { sheet, layout, reason: null };
  return {
    sheet,
    layout,
    reason: {
      zh: `工作表${q}第 ${top} 行的表头中没有${lacking.map((l) => l.zh).join("、")}得分列`,
      en: `the header in row ${top} of sheet "${sheet.name}" has no ${lacking.map((l) => l.en).join(", ")} score column`,
    },
  };
}

/**
 * Why each sheet is not a summary; sheets of Excel tables (a workbook already
 * in Appraise's form) in one reason, which then stands alone: the sheets
 * beside them (the template's 说明 guide, notes) are not what the user
 * meant to import.
 */
function reasons(list: readonly Assessed[]): Bilingual[] {
  const tabled = list.filter((a) => a.sheet.tables.length > 0);
  if (tabled.length < 2) return list.map((a) => a.reason as Bilingual);
  const names = tabled.flatMap((a) => a.sheet.tables);
  const shown = names.slice(0, 4).join(", ") + (names.length > 4 ? " …" : "");
  return [
    {
      zh: `${tabled.length} 个工作表中是 Excel 表格（${shown}），已是 Appraise 的输入形式，请直接用 appraise score 评定`,
      en: `${tabled.length} sheets hold Excel tables (${shown}), already Appraise's input: grade the workbook with appraise score`,
    },
  ];
}

/** The summary sheet: the one named, or the only one that looks like a summary. */
export function chooseSheet(sheets: readonly PlainSheet[], named: string | undefined): Chosen {
  const all = sheets.map(assess);
  const noSummary = (list: readonly Assessed[]): Chosen => ({ ok: false, findings: [importFinding("IMPORT_NO_SUMMARY", null, { reasons: reasons(list) })] });
  if (named !== undefined) {
    const found = all.find((a) => a.sheet.name === named) ?? all.find((a) => a.sheet.name.trim().toLowerCase() === named.trim().toLowerCase());
    if (found === undefined) return { ok: false, findings: [importFinding("IMPORT_SHEET_UNKNOWN", null, { sheet: named, sheets: sheets.map((s) => s.name) })] };
    if (found.reason !== null || found.layout === null) return noSummary([found]);
    return { ok: true, sheet: found.sheet, layout: found.layout };
  }
  const summaries = all.filter((a) => a.reason === null);
  if (summaries.length > 1) return { ok: false, findings: [importFinding("IMPORT_SHEET_AMBIGUOUS", null, { sheets: summaries.map((a) => a.sheet.name) })] };
  const [only] = summaries;
  if (only === undefined || only.layout === null) return noSummary(all.length > 0 ? all : []);
  return { ok: true, sheet: only.sheet, layout: only.layout };
}
