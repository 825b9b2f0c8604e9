/** Office's display language, as Appraise's language. */
import type { Lang } from "../../engine/types";
import { langOfTag } from "../langTag";

/**
 * Office's display language as Appraise's ("en" outside Office):
 * `Office.context.displayLanguage` is the UI language tag, e.g. "zh-CN"
 * (@types/office-js, Context.displayLanguage).
 */
export function officeLang(): Lang {
  return langOfTag(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
}
