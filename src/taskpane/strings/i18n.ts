/**
 * Every string the task pane shows, in Chinese and English. Diagnostic
 * messages and tier labels come from the engine (`message[lang]`,
 * `TIER_LABELS`); everything else is declared in strings/, one file per part
 * of the pane, each with both languages side by side, and gathered here.
 */
import type { Lang } from "../../engine/types";
import { COMMON_STRINGS, type CommonStrings } from "./commonStrings";
import { TABLE_STRINGS, type TableStrings } from "./tableStrings";
import { RUN_STRINGS, type RunStrings } from "./runStrings";
import { NOTICE_STRINGS, type NoticeStrings } from "./noticeStrings";
import { HEADLINE_STRINGS, type HeadlineStrings } from "./headlineStrings";
import { DIAGNOSTIC_STRINGS, type DiagnosticStrings } from "./diagnosticStrings";
import { CATEGORY_STRINGS, type CategoryStrings } from "./categoryStrings";
import { UNIT_STRINGS, type UnitStrings } from "./unitStrings";
import { IMPORT_STRINGS, type ImportStrings } from "./importStrings";

export type { Lang };

/** Every string of the pane: the parts' strings together. */
export interface PaneStrings
  extends CommonStrings, TableStrings, RunStrings, NoticeStrings, HeadlineStrings, DiagnosticStrings, CategoryStrings, UnitStrings, ImportStrings {}

/** Every part's strings in one language. */
const inLang = (lang: Lang): PaneStrings => ({
  ...COMMON_STRINGS[lang],
  ...TABLE_STRINGS[lang],
  ...RUN_STRINGS[lang],
  ...NOTICE_STRINGS[lang],
  ...HEADLINE_STRINGS[lang],
  ...DIAGNOSTIC_STRINGS[lang],
  ...CATEGORY_STRINGS[lang],
  ...UNIT_STRINGS[lang],
  ...IMPORT_STRINGS[lang],
});

export const STRINGS: Readonly<Record<Lang, PaneStrings>> = { zh: inLang("zh"), en: inLang("en") };

/** The message of a host error in the pane's language. */
export function errorText(error: { readonly messageZh: string; readonly messageEn: string }, lang: Lang): string {
  return lang === "zh" ? error.messageZh : error.messageEn;
}
