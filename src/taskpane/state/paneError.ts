/**
 * Turns something a PaneApi threw (it should resolve `{ok: false}` instead) into
 * a {@link HostError}, so a broken promise still shows as a message, never as a
 * blank pane.
 */
import { STRINGS } from "../strings/i18n";
import type { HostError } from "./paneTypes";

const isPaneError = (e: unknown): e is HostError =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as HostError).code === "string" &&
  typeof (e as HostError).messageZh === "string" &&
  typeof (e as HostError).messageEn === "string";

/**
 * @example
 * toPaneError(new Error("boom")).messageEn //=> "Something unexpected went wrong: boom"
 */
export function toPaneError(e: unknown): HostError {
  if (isPaneError(e)) return { ...e, retryable: e.retryable === true };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: "Unexpected",
    messageZh: STRINGS.zh.unexpectedError(detail),
    messageEn: STRINGS.en.unexpectedError(detail),
    retryable: true,
  };
}
