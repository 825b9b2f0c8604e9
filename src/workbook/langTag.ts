/**
 * Appraise's language from a host's language tag (Office's
 * `displayLanguage`, a browser's `navigator.language`, WPS's): the one rule
 * the pane and every host apply. Any Chinese (zh-CN, zh-TW, zh-Hans…) reads
 * Chinese; anything else, or no tag, English.
 */
import type { Lang } from "../engine/types";

/**
 * The language of a BCP 47 tag, by its primary subtag.
 * @example
 * langOfTag("zh-TW") //=> "zh"
 * langOfTag("en-GB") //=> "en"
 * langOfTag(undefined) //=> "en"
 */
export function langOfTag(tag: string | null | undefined): Lang {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "zh" ? "zh" : "en";
}
