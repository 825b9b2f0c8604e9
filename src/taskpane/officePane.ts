/**
 * The pane's host in the add-in: the Office.js adapter (src/workbook/excel)
 * put together as a {@link PaneHost}. The only pane-side module that knows
 * about Office; the Excel object model itself stays in the adapter.
 *
 * Auto-recompute is driven by the pane (usePane debounces `onInputsChanged`
 * and starts the run itself), so its runs show progress and results like a
 * click does; the adapter's `createAutoRecompute` would run them out of the
 * pane's sight, and is left to hosts without a pane.
 */
import type { Lang } from "../engine/types";
import { VERSION } from "../version";
import { createExcelPort } from "../workbook/excel/createExcelPort";
import { describeHostError } from "../workbook/excel/describeHostError";
import { lastRunFingerprint } from "../workbook/excel/lastRunFingerprint";
import { recomputeInExcel } from "../workbook/excel/recomputeInExcel";
import { selectCell } from "../workbook/excel/selectCell";
import { onInputsChanged } from "../workbook/excel/subscribeInputChanges";
import { langFromDisplayLanguage } from "./i18n";
import { createPaneApi, type PaneHost } from "./paneApi";
import type { PaneApi, PaneRunResult, RunPhase } from "./paneTypes";

/** Where the auto-recompute choice is kept: the workbook's own add-in settings, so it travels with the file. */
export const AUTO_RECOMPUTE_SETTING = "Appraise.autoRecompute";

export interface OfficePane {
  readonly api: PaneApi;
  readonly lang: Lang;
  readonly initialAutoRecompute: boolean;
}

function documentSettings(): Office.Settings | null {
  return typeof Office === "undefined" ? null : (Office.context?.document?.settings ?? null);
}

/**
 * Remembers the choice in the document. A failed save is not reported: the
 * switch still works for this session, and the next save of the workbook
 * stores the setting anyway.
 */
function saveAutoRecompute(on: boolean): void {
  const settings = documentSettings();
  if (settings === null) return;
  settings.set(AUTO_RECOMPUTE_SETTING, on);
  settings.saveAsync();
}

/** Builds the pane's API over Office.js. Call once, after Office.onReady. */
export function createOfficePane(): OfficePane {
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  const port = createExcelPort();
  const host: PaneHost = {
    port,
    lang,
    version: VERSION,
    describeHostError,
    selectCell: (address) => selectCell(address),
    // No createInputTables yet: the adapter cannot add input tables, so the pane says how to by hand.
    lastRunFingerprint: () => lastRunFingerprint(),
    onInputsChanged: onInputsChanged(),
    setAutoRecompute: saveAutoRecompute,
    // recomputeInExcel queues the pane's runs with the ribbon command's, on the same port.
    recompute: async (onPhase: (phase: RunPhase) => void): Promise<PaneRunResult> => {
      const report = await recomputeInExcel({ port, lang, onPhase });
      if (report.outcome !== undefined) return { ok: true, result: report.outcome.result, written: report.outcome.written };
      const error = report.error ?? { code: "Unknown", messageZh: report.messageZh, messageEn: report.messageEn, retryable: true };
      return { ok: false, error };
    },
  };
  return { api: createPaneApi(host), lang, initialAutoRecompute: documentSettings()?.get(AUTO_RECOMPUTE_SETTING) === true };
}
