/** Finding a unit: the search, the list and each unit's line. */
import { plural } from "./plural";
import type { Lang } from "../../engine/types";

export interface UnitStrings {
  readonly unitsHeading: string;
  readonly searchUnits: string;
  readonly noUnitMatch: string;
  readonly showAllUnits: (n: number) => string;
  readonly unitsShown: (shown: number, total: number) => string;
  readonly rankOf: (rank: number, size: number) => string;
  readonly notGraded: string;
  readonly notAssessed: string;
  readonly openUnit: (unit: string) => string;
}

export const UNIT_STRINGS: Readonly<Record<Lang, UnitStrings>> = {
  zh: {
    unitsHeading: "查找单位",
    searchUnits: "按单位或类别查找",
    noUnitMatch: "没有匹配的单位。",
    showAllUnits: (n) => `显示全部 ${n} 个单位`,
    unitsShown: (shown, total) => `显示 ${shown}/${total} 个单位`,
    rankOf: (rank, size) => `第${rank}名/${size}`,
    notGraded: "未评定",
    notAssessed: "不参加考评",
    openUnit: (unit) => `在考评结果中打开 ${unit}`,
  },
  en: {
    unitsHeading: "Find a unit",
    searchUnits: "Search by unit or category",
    noUnitMatch: "No unit matches.",
    showAllUnits: (n) => `Show all ${plural(n, "unit")}`,
    unitsShown: (shown, total) => `Showing ${shown} of ${plural(total, "unit")}`,
    rankOf: (rank, size) => `rank ${rank} of ${size}`,
    notGraded: "Not graded",
    notAssessed: "Not assessed",
    openUnit: (unit) => `Open ${unit} in Results`,
  },
};
