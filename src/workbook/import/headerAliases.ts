/**
 * The headers of last year's summary in the wordings offices use, and what
 * each column becomes. A header is compared without spaces and without a
 * bracketed part ("指标考核得分（700分）" is 指标考核得分), and under a merged
 * group header first as group + header ("察访核验" over "扣分"), then alone
 * ("职能" under 指标考核得分), then as a vote count of its group
 * ("满意" under 公众评议).
 */
import type { Bilingual } from "../../engine/types";

export type VoteKind = "public" | "leader";
export const VOTE_COLUMNS = ["Satisfied", "FairlySatisfied", "BasicallySatisfied", "Dissatisfied", "Unknown"] as const;
export type VoteColumn = (typeof VOTE_COLUMNS)[number];

export type ScoreField = "functional" | "common" | "public" | "leader" | "bonus" | "penalty" | "spotCheck";
export type Field =
  ScoreField | "ordinal" | "unit" | "category" | "target" | "satisfaction" | "composite" | "tier" | "rank" | "note" | `${VoteKind}.${VoteColumn}`;

/** Normalized headers of each field (see normalizeHeader). */
const ALIASES: Readonly<Partial<Record<Field, readonly string[]>>> = {
  ordinal: ["序号", "编号", "序"],
  unit: ["单位名称", "单位", "被考评单位", "考评对象", "考评单位", "被考核单位", "参评单位"],
  category: ["类别", "单位类别", "分类", "考评类别"],
  functional: ["职能目标", "职能指标", "职能", "职能目标得分", "职能指标得分", "职能目标考核得分"],
  common: ["共性目标", "共性指标", "共性", "共性目标得分", "共性指标得分"],
  target: ["指标考核得分", "目标考核得分", "指标考核", "目标考核", "指标得分"],
  public: ["公众满意度", "公众评议", "公众", "公众评议得分", "公众满意度评价", "公众满意度得分", "公众满意度测评"],
  leader: ["领导评价", "领导满意度", "领导", "领导评价得分", "领导满意度评价", "领导满意度得分"],
  satisfaction: ["满意度评价得分", "满意度评价", "满意度测评得分", "满意度得分", "满意度测评"],
  bonus: ["加分", "创新争优加分", "创新争优", "创新争优得分"],
  penalty: ["扣分", "通报扣分", "通报批评扣分"],
  spotCheck: ["察访核验扣分", "察访核验", "察访扣分"],
  composite: ["综合得分", "总分", "总得分", "综合考评得分"],
  tier: ["等次", "评定等次", "考评等次", "等级"],
  rank: ["名次", "排名", "排序"],
  note: ["备注", "说明"],
};

/** The vote columns' headers (SPEC section 2, Survey). */
const VOTE_ALIASES: Readonly<Record<VoteColumn, readonly string[]>> = {
  Satisfied: ["满意", "满意票", "满意票数"],
  FairlySatisfied: ["比较满意", "比较满意票", "比较满意票数"],
  BasicallySatisfied: ["基本满意", "基本满意票", "基本满意票数"],
  Dissatisfied: ["不满意", "不满意票", "不满意票数"],
  Unknown: ["不了解", "不了解票", "不了解票数"],
};

/** Words that make a lower header a total of its group ("小计" under 指标考核得分). */
const GROUP_TOTAL = ["小计", "合计", "得分"];

/**
 * A header as compared: no spaces (ASCII or full-width), no line breaks, no bracketed part, lower case.
 * @example
 * normalizeHeader("指标考核得分（700分）") //=> "指标考核得分"
 * normalizeHeader(" 单位\n名称 ") //=> "单位名称"
 */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^（）()]*[）)]/g, "")
    .replace(/[\s\u3000]+/g, "")
    .toLowerCase();
}

/**
 * The full points a header states, "职能目标（600分）" → 600, or null.
 * @example
 * statedPoints("职能目标（600分）") //=> 600
 * statedPoints("职能目标") //=> null
 */
export function statedPoints(text: string): number | null {
  const m = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]/.exec(text);
  return m ? Number(m[1]) : null;
}

export function fieldOf(normalized: string): Field | null {
  for (const [field, names] of Object.entries(ALIASES) as [Field, readonly string[]][]) if (names.includes(normalized)) return field;
  return null;
}

/**
 * Whether a text is a header Appraise knows alone or as a vote count (for a header's second row).
 * @example
 * isKnownHeader("职能") //=> true
 * isKnownHeader("比较满意") //=> true
 * isKnownHeader("区发改局") //=> false
 */
export function isKnownHeader(text: string): boolean {
  const n = normalizeHeader(text);
  return fieldOf(n) !== null || Object.values(VOTE_ALIASES).some((names) => names.includes(n));
}

function voteOf(normalized: string, group: Field | null): Field | null {
  if (group !== "public" && group !== "leader") return null;
  for (const [column, names] of Object.entries(VOTE_ALIASES) as [VoteColumn, readonly string[]][]) if (names.includes(normalized)) return `${group}.${column}`;
  return null;
}

/**
 * The field a column's header means, from its group header (the merged
 * cell above, or null) and its own header (null when the group header is
 * all it has).
 * @example
 * columnField("指标考核得分（700分）", "职能") //=> "functional"
 * columnField("公众评议", "满意") //=> "public.Satisfied"
 * columnField("察访核验", "扣分") //=> "spotCheck"
 * columnField(null, "单位名称") //=> "unit"
 */
export function columnField(group: string | null, header: string | null): Field | null {
  const g = group === null ? null : normalizeHeader(group);
  const h = header === null ? null : normalizeHeader(header);
  if (h === null) return g === null ? null : fieldOf(g);
  if (g === null) return fieldOf(h);
  const groupField = fieldOf(g);
  return fieldOf(g + h) ?? voteOf(h, groupField) ?? (GROUP_TOTAL.includes(h) ? groupField : fieldOf(h));
}

/** What each field becomes in Appraise's tables, for the report. */
export const FIELD_TARGETS: Readonly<Record<Exclude<Field, `${VoteKind}.${VoteColumn}`>, Bilingual>> = {
  ordinal: { zh: "序号，不导入", en: "an ordinal, not imported" },
  unit: { zh: "考评对象的“单位”（各表的单位）", en: "Units' Unit (and every table's)" },
  category: { zh: "考评对象的“类别”", en: "Units' Category" },
  functional: { zh: "指标考核：每个单位一行职能指标的“得分”", en: "Indicators: one functional row per unit, its Score" },
  common: { zh: "指标考核：每个单位一行共性指标的“得分”", en: "Indicators: one common row per unit, its Score" },
  target: { zh: "指标考核得分，只用于核对（= 职能 + 共性）", en: "the target score, only checked (= functional + common)" },
  public: { zh: "满意度评价的“公众评议”", en: "Satisfaction's Public" },
  leader: { zh: "满意度评价的“领导评价”", en: "Satisfaction's Leader" },
  satisfaction: { zh: "满意度评价得分，只用于核对（= 公众 + 领导）", en: "the satisfaction total, only checked (= public + leader)" },
  bonus: { zh: "创新争优加分：最终加分作“市审核加分”，倍数 1", en: "Bonuses: the final points as ApprovedPoints, multiplier 1" },
  penalty: { zh: "通报扣分：扣分按每项 penalty.points 分折成“项数”", en: "Penalties: the points turned into a Count of penalty.points each" },
  spotCheck: { zh: "察访核验的“扣分”", en: "SpotChecks' Deduction" },
  composite: { zh: "综合得分，用于与导入后的评定结果核对", en: "the composite, checked against the graded import" },
  tier: { zh: "等次，用于与导入后的评定结果核对", en: "the tier, checked against the graded import" },
  rank: { zh: "名次，不导入（评定时重新排名）", en: "the rank, not imported (grading ranks again)" },
  note: { zh: "备注：识别一票否决、通报次数、察访核验扣分", en: "notes: vetoes, notices and spot-check deductions are recognised" },
};

/** A vote column's target, for the report. */
export function voteTarget(kind: VoteKind, column: VoteColumn): Bilingual {
  return { zh: `满意度测评票数（${kind === "public" ? "公众评议" : "领导评价"}）的“${column}”`, en: `Survey (${kind}) ${column}` };
}
