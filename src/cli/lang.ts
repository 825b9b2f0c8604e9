/**
 * The language of the command line's messages and of the output sheets when
 * `--lang` is not given: Chinese when the locale says so, English otherwise.
 */
import type { Lang } from "../engine/types";
import { langOfTag } from "../workbook/langTag";

/**
 * The locale in POSIX order (LC_ALL, then LC_MESSAGES, then LANG; "C" and
 * "POSIX" mean none), else the system's locale as Node's Intl sees it (Windows
 * sets no LANG), read as workbook/langTag.ts reads a tag: `zh…` gives Chinese.
 * @example
 * defaultLang({ LANG: "zh_CN.UTF-8" }) //=> "zh"
 * defaultLang({ LC_ALL: "C", LANG: "zh_CN.UTF-8" }) //=> "zh"
 * defaultLang({ LANG: "en_US.UTF-8" }) //=> "en"
 */
export function defaultLang(env: Readonly<Record<string, string | undefined>>, systemLocale: () => string = intlLocale): Lang {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "" && v !== "C" && v !== "POSIX");
  const locale = fromEnv ?? systemLocale();
  return langOfTag(locale);
}

function intlLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return "en";
  }
}

/** Parses `--lang`; null when it is neither zh nor en. */
export function parseLang(value: string): Lang | null {
  const v = value.trim().toLowerCase();
  if (v === "zh" || v.startsWith("zh-") || v.startsWith("zh_") || v === "中文") return "zh";
  if (v === "en" || v.startsWith("en-") || v.startsWith("en_")) return "en";
  return null;
}
