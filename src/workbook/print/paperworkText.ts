/**
 * The words of the announcement and the feedback letters, in both
 * languages. The Chinese follows the plan's official forms
 * ("一等（6个）：区发改局、区财政局", "如对考评结果有异议，请于…前…提出复核申请").
 */
import type { Lang } from "../../engine/types";

export const PAPERWORK_TEXT = {
  zh: {
    defaultTitle: (year: string) => `${year}年度绩效考评结果`,
    category: (name: string, size: number, provisional: boolean) => `${name}（${size}个）${provisional ? "（暂定）" : ""}`,
    tierLine: (label: string, units: readonly string[]) => `${label}（${units.length}个）：${units.join("、")}`,
    notGraded: "未评定",
    notAssessed: "不参加考评",
    tableHeader: ["名次", "单位", "综合得分", "等次"],
    letterTitle: (year: string) => `${year}年度绩效考评结果反馈单`,
    unitLine: (unit: string, category: string) => `单位：${unit}\u3000\u3000类别：${category}`,
    partsHeader: ["项目", "满分", "得分", "说明"],
    parts: {
      functional: "职能指标",
      common: "共性指标",
      bonus: "创新争优加分",
      penalty: "通报扣分",
      public: "公众评议",
      leader: "领导评价",
      spotCheck: "察访核验扣分",
      composite: "综合得分",
    },
    bonusNote: (kind: string, approved: string, multiplier: string) => `${kind ? `${kind}，` : ""}市审核 ${approved} 分 × ${multiplier}`,
    bonusCapped: (cap: string) => `合计超过上限，按 ${cap} 分计`,
    penaltyNote: (date: string | null, count: number, counted: boolean) => `${date ?? "未注明日期"}，${count} 项${counted ? "" : "，不在考评期内，不扣分"}`,
    rank: (rank: number | null, size: number | null) => (rank === null ? "名次：无（未评定）" : `名次：第${rank}名/${size ?? ""}`),
    tier: (label: string) => `初步等次：${label}`,
    veto: (area: string, reason: string) => `一票否决：${area || "（未注明领域）"}${reason ? `，${reason}` : ""}`,
    margin: (points: string) => `与上一等次的差距：${points} 分`,
    thresholdMargin: (threshold: string, points: string) => `与合格线（${threshold} 分）的差距：${points} 分`,
    vetoCost: (areas: readonly string[], from: string, to: string) =>
      `一票否决${areas.length > 0 ? `（${areas.join("、")}）` : ""}：${from === to ? `已是${to}，等次不变` : `由${from}降为${to}`}`,
    vetoMark: "（一票否决）",
    explanation: (text: string) => `说明：${text}`,
    notGradedBecause: (sentence: string, more: number) => `未评定：${sentence}${more > 0 ? `（另有 ${more} 个错误，见下列校验提示）` : ""}`,
    diagnostics: "校验提示：",
    appeal: (deadline: string | null, days: number, yearsUnknown: readonly number[]) =>
      deadline === null
        ? `如对考评结果有异议，请于反馈之日起${days}个工作日内向区绩效办提出复核申请。`
        : `如对考评结果有异议，请于${deadline}前（反馈之日起${days}个工作日内）向区绩效办提出复核申请。${
            yearsUnknown.length > 0 ? `该期限未计入${yearsUnknown.join("、")}年的法定节假日和调休（计算时尚无该年安排），按周一至周五计算。` : ""
          }`,
  },
  en: {
    defaultTitle: (year: string) => `Performance appraisal results ${year}`,
    category: (name: string, size: number, provisional: boolean) => `${name} (${size} ${size === 1 ? "unit" : "units"}${provisional ? ", provisional" : ""})`,
    tierLine: (label: string, units: readonly string[]) => `${label} (${units.length}): ${units.join(", ")}`,
    notGraded: "Not graded",
    notAssessed: "Not assessed",
    tableHeader: ["Rank", "Unit", "Composite", "Tier"],
    letterTitle: (year: string) => `Performance appraisal ${year}: feedback of results`,
    unitLine: (unit: string, category: string) => `Unit: ${unit}    Category: ${category}`,
    partsHeader: ["Part", "Full points", "Score", "Notes"],
    parts: {
      functional: "Functional indicators",
      common: "Common indicators",
      bonus: "Bonus",
      penalty: "Penalties",
      public: "Public score",
      leader: "Leader score",
      spotCheck: "Spot-check deductions",
      composite: "Composite",
    },
    bonusNote: (kind: string, approved: string, multiplier: string) => `${kind ? `${kind}, ` : ""}${approved} points approved × ${multiplier}`,
    bonusCapped: (cap: string) => `the total is above the cap and counts as ${cap}`,
    penaltyNote: (date: string | null, count: number, counted: boolean) =>
      `${date ?? "no date"}, ${count} ${count === 1 ? "item" : "items"}${counted ? "" : ", outside the period: not counted"}`,
    rank: (rank: number | null, size: number | null) => (rank === null ? "Rank: none (not graded)" : `Rank: ${rank} of ${size ?? ""}`),
    tier: (label: string) => `Tier as graded: ${label}`,
    veto: (area: string, reason: string) => `Veto: ${area || "(no area given)"}${reason ? `, ${reason}` : ""}`,
    margin: (points: string) => `Points to the next better tier: ${points}`,
    thresholdMargin: (threshold: string, points: string) => `Points to reach the threshold of ${threshold}: ${points}`,
    vetoCost: (areas: readonly string[], from: string, to: string) =>
      `Veto${areas.length > 0 ? ` (${areas.join(", ")})` : ""}: ${from === to ? `already ${to}, the tier stays` : `lowered from ${from} to ${to}`}`,
    vetoMark: " (veto)",
    explanation: (text: string) => `Explanation: ${text}`,
    notGradedBecause: (sentence: string, more: number) =>
      `Not graded: ${sentence}${more > 0 ? ` (and ${more} more ${more === 1 ? "error" : "errors"}: see the checks below)` : ""}`,
    diagnostics: "Checks:",
    appeal: (deadline: string | null, days: number, yearsUnknown: readonly number[]) =>
      deadline === null
        ? `A unit that disagrees with its result may ask the district's appraisal office for a review within ${days} working days of this feedback.`
        : `A unit that disagrees with its result may ask the district's appraisal office for a review by ${deadline} (within ${days} working days of this feedback).${
            yearsUnknown.length > 0
              ? ` This deadline is counted without ${yearsUnknown.join(" and ")}'s public holidays and make-up days (not yet known when it was counted): Monday to Friday.`
              : ""
          }`,
  },
} as const satisfies Record<Lang, unknown>;
