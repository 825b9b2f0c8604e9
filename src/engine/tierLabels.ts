/**
 * The tiers' labels in both languages, apart from the diagnostics' messages
 * (messages.ts, which re-exports them) so that the task pane can show them
 * without loading every message template, which only a run needs.
 */
import type { Bilingual } from "./types";

/** Localized tier labels. */
export const TIER_LABELS: Readonly<Record<"first" | "second" | "third" | "unqualified", Bilingual>> = {
  first: { zh: "一等", en: "First" },
  second: { zh: "二等", en: "Second" },
  third: { zh: "三等", en: "Third" },
  unqualified: { zh: "不合格", en: "Unqualified" },
};
