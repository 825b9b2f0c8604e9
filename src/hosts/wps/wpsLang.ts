/**
 * The language of WPS's user interface, for the pane, the ribbon's labels
 * and the written outputs. WPS gives it as a Windows LCID through
 * `Application.LanguageSettings.LanguageID(msoLanguageIDUI = 2)`
 * (et-jsapi-declare lib.kso.d.ts 4193, 8364): 2052 is 简体中文, 1033 English.
 * Where a build lacks it (or it throws), the page's `navigator.language`.
 * Appraise is a Chinese district's tool: Chinese unless WPS says English.
 */
import type { Lang } from "../../engine/types";
import type { WpsApplication } from "../../workbook/wps/facade";

/** MsoAppLanguageID.msoLanguageIDUI (lib.kso.d.ts 8364). */
export const MSO_LANGUAGE_ID_UI = 2;
/** An LCID's primary language is its low 10 bits; English's is 0x09 (1033 en-US, 2057 en-GB, …). */
const LANG_ENGLISH = 0x09;

/** The UI's LCID, or null where this WPS does not say. */
function uiLcid(app: WpsApplication | null): number | null {
  try {
    const id = app?.LanguageSettings?.LanguageID(MSO_LANGUAGE_ID_UI);
    return typeof id === "number" && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/**
 * @example
 * wpsLang({ LanguageSettings: { LanguageID: () => 1033 } }, "zh-CN") //=> "en"
 * wpsLang({ LanguageSettings: { LanguageID: () => 2052 } }, "en-US") //=> "zh"
 * wpsLang(null, "en-GB") //=> "en"
 * wpsLang(null, "fr-FR") //=> "zh"
 */
export function wpsLang(app: WpsApplication | null, navigatorLanguage: string | undefined): Lang {
  const lcid = uiLcid(app);
  if (lcid !== null) return (lcid & 0x3ff) === LANG_ENGLISH ? "en" : "zh";
  const primary = (navigatorLanguage ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "en" ? "en" : "zh";
}

/** The page's `lang` attribute for a language. */
export const htmlLang = (lang: Lang): string => (lang === "zh" ? "zh-CN" : "en");
