/**
 * The auto-recompute choice, per user: each co-author decides whether their
 * own edits start a run in their pane. It used to be a document setting
 * (Office.context.document.settings), which every co-author's pane read, so
 * every pane re-ran. Now it lives in the browser's localStorage of the
 * add-in's origin, keyed by the document's URL (Office.context.document.url):
 * local to this user and this computer. Office's roaming settings would
 * follow the user, but in Office.js they exist only for Outlook
 * (Office.context.roamingSettings, Mailbox API), so Excel has none.
 *
 * Migration: a user who has made no choice for this workbook starts from the
 * old document setting; the first change of the switch is kept per user and
 * removes the document setting, so the workbook stops carrying a choice for
 * everyone.
 */

/** The old document setting's name (also the localStorage key's prefix). */
export const AUTO_RECOMPUTE_SETTING = "Appraise.autoRecompute";

/** What the choice needs of Office and the browser (tests give their own). */
export interface ChoiceStores {
  /** window.localStorage, or null where there is none (blocked storage). */
  readonly local: Pick<Storage, "getItem" | "setItem"> | null;
  /** Office.context.document.settings, or null outside Office. */
  readonly document: Pick<Office.Settings, "get" | "remove" | "saveAsync"> | null;
  /** Office.context.document.url ("" for a workbook never saved). */
  readonly documentUrl: string;
}

const keyOf = (stores: ChoiceStores) => `${AUTO_RECOMPUTE_SETTING}:${stores.documentUrl}`;

/** Storage can throw (blocked, full): a failure means "no per-user choice kept". */
function attempt<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/**
 * The user's choice for this workbook: theirs when kept, else the old document setting, else off.
 * @example
 * readAutoRecompute({ local: null, document: null, documentUrl: "" }) //=> false
 */
export function readAutoRecompute(stores: ChoiceStores): boolean {
  const kept = attempt(() => stores.local?.getItem(keyOf(stores)) ?? null, null);
  if (kept !== null) return kept === "true";
  return stores.document?.get(AUTO_RECOMPUTE_SETTING) === true;
}

/**
 * Keeps the user's choice for this workbook, and takes the old shared
 * setting out of the document. A failed save is not reported: the switch
 * still works for this session.
 */
export function saveAutoRecompute(stores: ChoiceStores, on: boolean): void {
  attempt(() => stores.local?.setItem(keyOf(stores), String(on)), undefined);
  const settings = stores.document;
  // Settings.get answers null for a setting that does not exist.
  if (settings === null || (settings.get(AUTO_RECOMPUTE_SETTING) ?? null) === null) return;
  settings.remove(AUTO_RECOMPUTE_SETTING);
  settings.saveAsync();
}

/** The stores in the add-in (Office loaded). */
export function officeChoiceStores(): ChoiceStores {
  const document = typeof Office === "undefined" ? null : (Office.context?.document ?? null);
  const local = attempt(() => (typeof localStorage === "undefined" ? null : localStorage), null);
  return { local, document: document?.settings ?? null, documentUrl: document?.url ?? "" };
}
