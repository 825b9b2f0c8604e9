/**
 * One run at a time across the add-in's pages. The ribbon's page (index.html)
 * and the pane's (taskpane.html) are separate pages with nothing shared but
 * the workbook and `wps.PluginStorage`, which Kingsoft documents as one
 * instance for all of an add-in's pages (et-jsapi-declare index.d.ts 104,
 * 393-398: "可以在一个jsapi插件的不同网页间共享数据"). A run holds a flag
 * there: `{page, since}` as JSON under RUN_FLAG_KEY, set before the read and
 * removed after the write. A page that finds another page's flag does not
 * run; a flag older than RUN_FLAG_STALE_MS is taken as left behind by a page
 * closed during its run (PluginStorage is not persisted, so a restart of
 * WPS clears it anyway) and is taken over.
 */
import type { WpsPluginStorage } from "../../workbook/wps/facade";

export const RUN_FLAG_KEY = "appraise.run";
/** A run flag this old (ms) is a left-over: no run over the port takes ten minutes. */
export const RUN_FLAG_STALE_MS = 10 * 60 * 1000;

export interface RunFlag {
  /** The page that runs: "ribbon" or "pane" (and a number, so two panes differ). */
  readonly page: string;
  /** When it started (ms since the epoch). */
  readonly since: number;
}

/** The flag now held, or null (none, unreadable, or stale). */
export function heldFlag(storage: WpsPluginStorage, now: number): RunFlag | null {
  const text = storage.getItem(RUN_FLAG_KEY);
  if (typeof text !== "string" || text === "") return null;
  try {
    const flag = JSON.parse(text) as Partial<RunFlag>;
    if (typeof flag.page !== "string" || typeof flag.since !== "number") return null;
    return now - flag.since >= RUN_FLAG_STALE_MS ? null : { page: flag.page, since: flag.since };
  } catch {
    return null;
  }
}

/**
 * Takes the flag for `page`: the function that releases it, or the holder
 * when another run holds it.
 * @example
 * const taken = takeRunFlag(wps.PluginStorage, "pane", Date.now());
 * if ("release" in taken) try { … } finally { taken.release(); }
 */
export function takeRunFlag(storage: WpsPluginStorage, page: string, now: number): { release: () => void } | { holder: RunFlag } {
  const holder = heldFlag(storage, now);
  if (holder !== null) return { holder };
  const mine = JSON.stringify({ page, since: now });
  storage.setItem(RUN_FLAG_KEY, mine);
  return {
    release: () => {
      // Only our own flag: a stale one taken over by another page is theirs now.
      if (storage.getItem(RUN_FLAG_KEY) === mine) storage.removeItem(RUN_FLAG_KEY);
    },
  };
}
