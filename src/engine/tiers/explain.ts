import { TIER_LABELS } from "../tierLabels";
import type { Bilingual } from "../types";
import type { Step } from "./applyThresholdAndVeto";
import type { TieNote } from "./assignPlaces";
import type { QuotaTier, TiebreakKey } from "./types";

/** What a unit's explanation is made of. */
export interface ExplainInput {
  readonly rank: number;
  /** Another graded unit has the same composite. */
  readonly tied: boolean;
  /** N: the category's assessed units, graded or not. */
  readonly size: number;
  readonly quotaTier: QuotaTier;
  readonly tie: TieNote | null;
  readonly steps: readonly Step[];
  readonly provisional: boolean;
}

const KEY_LABELS: Readonly<Record<TiebreakKey, Bilingual>> = {
  target: { zh: "指标考核得分", en: "target score" },
  satisfaction: { zh: "满意度得分", en: "satisfaction (public + leader)" },
  deductions: { zh: "扣分", en: "deductions (penalty + spot check)" },
};

const BETTER_NOTE: Bilingual = { zh: "（并列跨越界限，按较好等次）", en: " (tie across a boundary: the better tier)" };

function tieNote(tie: TieNote | null): Bilingual {
  if (tie === null) return { zh: "", en: "" };
  switch (tie.kind) {
    case "share-better":
      return BETTER_NOTE;
    case "share-worse":
      return { zh: "（并列跨越界限，按较差等次）", en: " (tie across a boundary: the worse tier)" };
    case "still-tied":
      return {
        zh: "（并列跨越界限，比较后仍并列，按较好等次）",
        en: " (tie across a boundary: still tied after the tiebreak, the better tier)",
      };
    case "tiebreak":
      if (tie.keys.length === 0) return BETTER_NOTE;
      return {
        zh: `（并列跨越界限，按${tie.keys.map((k) => KEY_LABELS[k].zh).join("、")}比较）`,
        en: ` (tie across a boundary: decided by ${tie.keys.map((k) => KEY_LABELS[k].en).join(", then ")})`,
      };
  }
}

function stepText(step: Step): Bilingual {
  switch (step.kind) {
    case "refill":
      return { zh: `否决空出名额递补 → ${TIER_LABELS[step.tier].zh}`, en: `place freed by a veto → ${TIER_LABELS[step.tier].en}` };
    case "threshold":
      return {
        zh: `综合得分 ${step.composite} 低于 ${step.threshold} → ${TIER_LABELS.unqualified.zh}`,
        en: `composite ${step.composite} below ${step.threshold} → ${TIER_LABELS.unqualified.en}`,
      };
    case "veto": {
      const areas = step.areas.join("、");
      return {
        zh: `一票否决${areas === "" ? "" : `(${areas})`} → ${TIER_LABELS[step.to].zh}`,
        en: `veto${areas === "" ? "" : ` (${areas})`} → ${TIER_LABELS[step.to].en}`,
      };
    }
  }
}

const PROVISIONAL: Bilingual = { zh: "本类别有未评定单位，等次暂定", en: "provisional: the category has ungraded units" };

/**
 * A unit's tier in plain words, in both languages: its rank of N and quota
 * tier, how a tie across a boundary was resolved, then each later step.
 * @example
 * explain({ rank: 3, tied: false, size: 14, quotaTier: "first", tie: null,
 *   steps: [{ kind: "veto", areas: ["安全生产"], from: "first", to: "second" }], provisional: false })
 * //=> { zh: "第3名/14 → 一等；一票否决(安全生产) → 二等",
 * //     en: "Rank 3 of 14 → First; veto (安全生产) → Second" }
 */
export function explain(input: ExplainInput): Bilingual {
  const label = TIER_LABELS[input.quotaTier];
  const note = tieNote(input.tie);
  const head: Bilingual = {
    zh: `${input.tied ? "并列" : ""}第${input.rank}名/${input.size} → ${label.zh}${note.zh}`,
    en: `${input.tied ? "Tied rank" : "Rank"} ${input.rank} of ${input.size} → ${label.en}${note.en}`,
  };
  const parts = [head, ...input.steps.map(stepText), ...(input.provisional ? [PROVISIONAL] : [])];
  return { zh: parts.map((p) => p.zh).join("；"), en: parts.map((p) => p.en).join("; ") };
}
