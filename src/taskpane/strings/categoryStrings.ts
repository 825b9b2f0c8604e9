/** The tiers by category: the chart, the quotas and why counts differ from them. */
import { plural } from "./plural";
import type { Lang } from "../../engine/types";

export interface CategoryStrings {
  readonly categoriesHeading: string;
  readonly categoryMeta: (size: number, graded: number) => string;
  readonly provisional: string;
  readonly chartLegend: string;
  readonly tierBar: (tier: string, count: number, quota: number | null, over: boolean) => string;
  readonly overQuota: string;
  readonly quotaLegend: string;
  readonly underQuota: string;
  readonly over: string;
  readonly under: string;
  readonly whyQuota: string;
  readonly causeTie: (units: string, composite: string) => string;
  readonly causeVeto: (units: string) => string;
  readonly causeThreshold: (units: string) => string;
  readonly causeUngraded: (units: string) => string;
}

export const CATEGORY_STRINGS: Readonly<Record<Lang, CategoryStrings>> = {
  zh: {
    categoriesHeading: "各类别等次",
    categoryMeta: (size, graded) => `${size} 个单位，已评定 ${graded} 个`,
    provisional: "暂定",
    chartLegend: "色条为获评单位数，竖线为名额。",
    tierBar: (tier, count, quota, over) =>
      quota === null ? `${tier}：${count} 个` : `${tier}：${count} 个，名额 ${quota} 个${over ? "（超出名额）" : count < quota ? "（少于名额）" : ""}`,
    overQuota: "超出名额",
    quotaLegend: "“6/7”为获评数/名额：标“超”的等次多于名额，标“缺”的少于名额。",
    underQuota: "少于名额",
    over: "超",
    under: "缺",
    whyQuota: "名额差异的原因",
    causeTie: (units, composite) => `并列跨越等次界限：${units}（${composite} 分）`,
    causeVeto: (units) => `一票否决降等：${units}`,
    causeThreshold: (units) => `低于合格线：${units}`,
    causeUngraded: (units) => `未评定，不占名额：${units}`,
  },
  en: {
    categoriesHeading: "Tiers by category",
    categoryMeta: (size, graded) => `${plural(size, "unit")}, ${graded} graded`,
    provisional: "Provisional",
    chartLegend: "Bars show the units in each tier; the mark shows the quota.",
    tierBar: (tier, count, quota, over) =>
      quota === null ? `${tier}: ${count}` : `${tier}: ${count}, quota ${quota}${over ? " (over quota)" : count < quota ? " (under quota)" : ""}`,
    overQuota: "over quota",
    quotaLegend: "“6/7” is placed/quota: “over” marks a tier with more units than its quota, “under” one with fewer.",
    underQuota: "under quota",
    over: "over",
    under: "under",
    whyQuota: "Why counts differ from quotas",
    causeTie: (units, composite) => `Tie across a tier boundary: ${units} (${composite})`,
    causeVeto: (units) => `Lowered by a veto: ${units}`,
    causeThreshold: (units) => `Below the threshold: ${units}`,
    causeUngraded: (units) => `Not graded, so no place: ${units}`,
  },
};
