/**
 * Turns something a PaneApi threw (it should resolve `{ok: false}` instead) into
 * a {@link PaneError}, so a broken promise still shows as a message, never as a
 * blank pane.
 */
import { STRINGS } from "./i18n";
import type { PaneError } from "./paneTypes";

const isPaneError = (e: unknown): e is PaneError =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as PaneError).code === "string" &&
  typeof (e as PaneError).messageZh === "string" &&
  typeof (e as PaneError).messageEn === "string";

/**
 * @example
 * toPaneError(new Error("boom")).messageEn //=> "Something unexpected went wrong: boom"
 */
export function toPaneError(e: unknown): PaneError {
  if (isPaneError(e)) return { ...e, retryable: e.retryable === true };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: "Unexpected",
    messageZh: STRINGS.zh.unexpectedError(detail),
    messageEn: STRINGS.en.unexpectedError(detail),
    retryable: true,
  };
}
