/**
 * Layout (a) of last year's summary (issue 20), as offices keep it: a
 * title, a 填报单位 line, a two-row merged header (指标考核得分（700分） over
 * 职能/共性, 满意度评价得分（300分） over 公众评议/领导评价), section rows
 * "一、经济管理类（6个）", 小计 rows of SUBTOTAL formulas, a 合计 row, 备注 notes,
 * an 审核人/制表人 footer. Shared by `appraise import`'s test (written by
 * XlsxWriter) and the pane's "Import from a sheet" (built in the fake Excel
 * host), with the units' numbers and the tiers the sheet writes.
 */
export type Value = string | number | null;
/** A cell of a layout: a value, or a formula with its cached value. */
export type Spec = Value | { readonly f: string; readonly v: Value };
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Spec[])[];
  readonly merges: readonly string[];
}

/** Cents, so the sheet's composites are exact. */
export const cents = (n: number): number => Math.round(n * 100);
export const fromCents = (c: number): number => c / 100;

export interface UnitSpec {
  readonly unit: string;
  readonly functional: number;
  readonly common: number;
  readonly public: number;
  readonly leader: number;
  readonly bonus?: number;
  readonly penalty?: number;
  readonly spotCheck?: number;
  readonly note?: string;
  /** The tier the sheet writes: the rules' (SPEC section 4), worked out by hand in each layout's comment. */
  readonly tier: string;
  /** The sheet's 综合得分 when it is not the sum of the parts (a typo, for the inconsistent unit). */
  readonly writtenComposite?: number;
}

/** The composite by SPEC section 3: target + bonus − penalty + public + leader − spot check. */
export const composite = (u: UnitSpec): number =>
  fromCents(cents(u.functional) + cents(u.common) + cents(u.bonus ?? 0) - cents(u.penalty ?? 0) + cents(u.public) + cents(u.leader) - cents(u.spotCheck ?? 0));

export const written = (u: UnitSpec): number => u.writtenComposite ?? composite(u);

// Layout (a). 经济管理类, 6 units: quotas 2/3/1 (largest remainder: 2.4, 3, 0.6 → 2/3/0, the place left to third's 0.6).
// 区发改局 968.75, 区财政局 961 first; 区统计局 941, 区审计局 937 second; 区商务局 946 is third in rank → second,
// lowered by its veto to third; 区市场监管局 910 third. 社会管理类, 5 units: 2/3/0 (2, 2.5, 0.5: the place left to
// second, the better of the tie). 区教育局 985, 区卫健局 971 first; 区民政局 958, 区人社局 953 second; 区司法局 830
// second by rank, below the 900 threshold → unqualified.
export const UNITS_A: readonly UnitSpec[] = [
  { unit: "区发改局", functional: 585.5, common: 96, public: 188.25, leader: 95, bonus: 6, penalty: 2, note: "市政府通报1次", tier: "一等" },
  { unit: "区财政局", functional: 580, common: 95, public: 190, leader: 96, note: "已整改到位", tier: "一等" },
  { unit: "区商务局", functional: 575, common: 94, public: 185, leader: 94, penalty: 2, note: "市政府通报1次；安全生产一票否决", tier: "三等（一票否决）" },
  { unit: "区统计局", functional: 570, common: 93, public: 186, leader: 92, tier: "二等" },
  { unit: "区审计局", functional: 565, common: 92, public: 184, leader: 93, bonus: 3, note: "获省级表彰", tier: "二等" },
  { unit: "区市场监管局", functional: 550, common: 90, public: 180, leader: 90, tier: "三等" },
];
export const UNITS_A2: readonly UnitSpec[] = [
  { unit: "区教育局", functional: 590, common: 98, public: 195, leader: 98, bonus: 4, tier: "一等" },
  { unit: "区卫健局", functional: 585, common: 97, public: 192, leader: 97, tier: "一等" },
  { unit: "区民政局", functional: 580, common: 96, public: 190, leader: 96, penalty: 4, note: "通报批评2次", tier: "二等" },
  { unit: "区人社局", functional: 575, common: 95, public: 188, leader: 95, tier: "二等" },
  { unit: "区司法局", functional: 500, common: 90, public: 160, leader: 80, tier: "不合格" },
];

/** A data row of layout (a): A 序号, B 单位名称, C 职能, D 共性, E 公众评议, F 领导评价, G 加分, H 扣分, I 综合得分 (a formula), J 等次, K 备注. */
export function rowA(u: UnitSpec, n: number, sheetRow: number): Spec[] {
  const r = sheetRow;
  return [
    n,
    u.unit,
    u.functional,
    u.common,
    u.public,
    u.leader,
    u.bonus ?? null,
    u.penalty ?? null,
    { f: `C${r}+D${r}+E${r}+F${r}+G${r}-H${r}`, v: written(u) },
    u.tier,
    u.note ?? null,
  ];
}

/** A 小计 or 合计 row of SUBTOTAL formulas over rows first..last, their values cached. */
export function subtotalRow(label: string, units: readonly UnitSpec[], first: number, last: number): Spec[] {
  const sum = (pick: (u: UnitSpec) => number): number => fromCents(units.reduce((s, u) => s + cents(pick(u)), 0));
  const col = (letter: string, pick: (u: UnitSpec) => number): Spec => ({ f: `SUBTOTAL(9,${letter}${first}:${letter}${last})`, v: sum(pick) });
  return [
    null,
    label,
    col("C", (u) => u.functional),
    col("D", (u) => u.common),
    col("E", (u) => u.public),
    col("F", (u) => u.leader),
    col("G", (u) => u.bonus ?? 0),
    col("H", (u) => u.penalty ?? 0),
    col("I", written),
    null,
    null,
  ];
}

export function layoutA(): SheetSpec {
  const rows: Spec[][] = [
    ["2025年度区直机关绩效考评结果汇总表"],
    ["填报单位：区绩效考评办公室（盖章）                    填报日期：2026年1月10日"],
    ["序号", "单位名称", "指标考核得分（700分）", null, "满意度评价得分（300分）", null, "加分", "扣分", "综合得分", "等次", "备注"],
    [null, null, "职能", "共性", "公众评议", "领导评价"],
    ["一、经济管理类（6个）"],
    ...UNITS_A.map((u, i) => rowA(u, i + 1, 6 + i)),
    subtotalRow("小计", UNITS_A, 6, 11),
    ["二、社会管理类（5个）"],
    ...UNITS_A2.map((u, i) => rowA(u, i + 1, 14 + i)),
    subtotalRow("小计", UNITS_A2, 14, 18),
    subtotalRow("合计", [...UNITS_A, ...UNITS_A2], 6, 18),
    ["审核人：张三", null, null, null, "制表人：李四"],
  ];
  const merges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "H3:H4", "I3:I4", "J3:J4", "K3:K4", "A5:K5", "A13:K13", "A21:D21"];
  return { name: "2025年汇总", rows, merges };
}
