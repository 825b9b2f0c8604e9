/**
 * Appraise's language from a host's language tag (Office's
 * `displayLanguage`, a browser's `navigator.language`, WPS's) or a POSIX
 * locale (the command line's `LANG=zh_CN.UTF-8`): the one rule the pane,
 * every host and the command line apply. Any Chinese (zh-CN, zh-TW,
 * zh-Hans, zh_CN.UTF-8…) reads Chinese; anything else, or no tag, English.
 */
import type { Lang } from "../engine/types";

/**
 * The language of a BCP 47 tag or a POSIX locale, by its language part.
 * @example
 * langOfTag("zh-TW") //=> "zh"
 * langOfTag("zh_CN.UTF-8") //=> "zh"
 * langOfTag("en-GB") //=> "en"
 * langOfTag(undefined) //=> "en"
 */
export function langOfTag(tag: string | null | undefined): Lang {
  const primary = (tag ?? "")
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return primary === "zh" ? "zh" : "en";
}
