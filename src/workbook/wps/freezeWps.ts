/**
 * The header row frozen on the output sheets a write created (Results,
 * Warnings, History, RunLog), as the Office.js adapter freezes them. In
 * WPS's model a freeze is a window setting of the active sheet
 * (Window.SplitRow, FreezePanes: et-jsapi-declare lib.et.d.ts 7531, 7575),
 * so each new sheet is activated in turn and the sheet the user was on is
 * activated again after. Only sheets this write created: an existing
 * sheet keeps what the user made of its panes, and the user's view is not
 * moved on every run. A build without these members leaves the sheets
 * unfrozen: the freeze is a comfort, never a reason for a run to fail.
 */
import type { WpsWorkbook, WpsWorksheet } from "./facade";

/** Freezes row 1 of each sheet in `created`; the active sheet is the same after. */
export function freezeHeaders(wb: WpsWorkbook, created: readonly WpsWorksheet[]): void {
  if (created.length === 0) return;
  let before: WpsWorksheet | null = null;
  try {
    before = wb.ActiveSheet ?? null;
    for (const ws of created) {
      ws.Activate();
      const window = wb.Application?.ActiveWindow;
      if (window === null || window === undefined) return;
      window.FreezePanes = false;
      window.SplitColumn = 0;
      window.SplitRow = 1;
      window.FreezePanes = true;
    }
  } catch {
    // Not frozen in this build.
  } finally {
    try {
      before?.Activate();
    } catch {
      // The sheet the user was on is gone: WPS keeps whichever is active.
    }
  }
}
