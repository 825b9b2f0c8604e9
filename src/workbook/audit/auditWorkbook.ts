/**
 * The audit of SPEC §7, once for every host (`appraise verify`, the pane
 * when it opens): what the Results, the RunLog and the History as they stand
 * say, against the inputs graded again. Pure: the adapters read the cells,
 * the engine grades, this decides.
 *
 * It never accuses anyone of an edit that did not happen. A Results cell is
 * called edited by hand only when it provably differs from what Appraise
 * wrote:
 *
 * - The Results as they stand are fingerprinted and compared with the output
 *   fingerprint of the RunLog row of the run that last wrote them. Equal:
 *   nobody edited them (they may still be out of date: the inputs changed).
 * - Different, and the inputs graded again lay out Results with that very
 *   fingerprint: the regrade *is* what Appraise wrote, so each cell that
 *   differs from it was edited, exactly.
 * - Different, and the regrade is not what was written (the inputs changed
 *   since): the cells named are those that differ from the last History
 *   block (unit, category, composite, rank, tier: what that run wrote), when
 *   the chain digest vouches for that block; other edits cannot be
 *   attributed to a cell, and the audit says so only when putting the
 *   named cells back as History recorded them still does not give the
 *   output fingerprint (so the claim of "other edits" is proven too).
 * - A RunLog written before the output fingerprint (an older Appraise): a
 *   hand edit is claimed only when the inputs are those of the last run, as
 *   the first `verify` did; otherwise only staleness can be told.
 *
 * Whether the inputs are those of the last run is staleness.ts's answer,
 * the same the pane's stale check gives.
 */
import type { GradeResult } from "../../engine/types";
import { cellAddress } from "../../engine/address";
import { TIER_LABELS } from "../../engine/tierLabels";
import { cellText, editedCells, resultsLang, type EditedCell, type RecordAudit, type ResultsAudit, type ResultsCells } from "./auditResults";
import { tierOfLabel } from "../history/historyBlock";
import { scoreFormat } from "../columns/column";
import { buildOutputPlan } from "../outputs";
import { OUTPUT_SHEETS } from "../port";
import { RESULTS_COLUMNS } from "../columns/resultsColumns";
import { outputFingerprint } from "./digests";
import type { LoggedTable } from "./loggedTable";
import { checkChain, holdsFrom, type ChainCheck, type RecordedRun } from "./runLogChain";
import { inputsOfLastRun, lastRunFingerprint } from "./staleness";

/** What an adapter reads for the audit. */
export interface AuditInput {
  /** The workbook's inputs graded again. */
  readonly result: GradeResult;
  /** The owned Results table's cells, or null when there is none. */
  readonly results: ResultsCells | null;
  /** The owned RunLog and History tables (NO_TABLE when absent or not Appraise's). */
  readonly runLog: LoggedTable;
  readonly history: LoggedTable;
}

const RESULTS_WIDTH = RESULTS_COLUMNS.length;

/** The run that last wrote Results: the last RunLog row with an output fingerprint or unit counts. */
function lastWritingRun(chain: ChainCheck): number {
  for (let i = chain.runs.length - 1; i >= 0; i--) if (chain.runs[i].outputFingerprint !== null || chain.runs[i].wroteResults) return i;
  return -1;
}

/** The record's findings, with sheet addresses. */
function recordAudit(chain: ChainCheck): RecordAudit {
  const brokenAt = chain.brokenAt;
  const sheet = brokenAt?.kind === "history" ? OUTPUT_SHEETS.history.sheet : OUTPUT_SHEETS.runlog.sheet;
  return {
    chainedRows: chain.chainedRows,
    unchainedRows: chain.unchainedRows,
    brokenAt: brokenAt === null ? null : { kind: brokenAt.kind, cell: cellAddress(sheet, brokenAt.sheetRow, 1) },
  };
}

/** The cells of Results that are what each block column records, by their Results and History column. */
const PROVABLE = (["Unit", "Category", "Composite", "Rank", "Tier"] as const).map((en, i) => ({
  results: RESULTS_COLUMNS.findIndex((c) => c.en === en),
  history: i + 2,
  en,
}));

const blankCell = (v: unknown) => v === null || v === undefined || v === "";
const num = (v: unknown): number | null =>
  typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null;

/** Whether a Results cell says what the History block recorded (tiers by meaning, in either language). */
function sameAsRecorded(en: (typeof PROVABLE)[number]["en"], actual: unknown, recorded: unknown): boolean {
  if (blankCell(actual) || blankCell(recorded)) return blankCell(actual) && blankCell(recorded);
  if (en === "Tier") return tierOfLabel(actual) !== null && tierOfLabel(actual) === tierOfLabel(recorded);
  if (en === "Composite" || en === "Rank") return num(actual) !== null && num(actual) === num(recorded);
  return String(actual) === String(recorded);
}

/**
 * The block a run's Results were written with: the last block appended at
 * or before it, if the chain vouches for it (its run's row is chained and
 * the record holds from there on, so no later block was deleted).
 */
function vouchedBlock(chain: ChainCheck, upTo: number): RecordedRun["block"] | null {
  for (let i = upTo; i >= 0; i--) {
    const run = chain.runs[i];
    if (run.block.length > 0) return run.chainDigest !== null && holdsFrom(chain, i) ? run.block : null;
  }
  return null;
}

/** The cells that differ from the vouched-for History block: proven edits when the regrade is not what was written. */
function editsAgainstHistory(cells: ResultsCells, block: RecordedRun["block"], decimals: number): EditedCell[] {
  const lang = resultsLang(cells.header);
  const out: EditedCell[] = [];
  for (let r = 0; r < Math.max(cells.rows.length, block.length); r++) {
    for (const p of PROVABLE) {
      const actual = cells.rows[r]?.[p.results] ?? null;
      const recorded = block[r]?.[p.history] ?? null;
      if (sameAsRecorded(p.en, actual, recorded)) continue;
      const format = p.en === "Composite" ? scoreFormat(decimals) : null;
      const tier = p.en === "Tier" ? tierOfLabel(recorded) : null;
      out.push({
        cell: cellAddress(cells.sheet, cells.headerRow + 1 + r, cells.firstColumn + p.results),
        column: String(cells.header[p.results] ?? RESULTS_COLUMNS[p.results][lang]),
        written: cellText(actual, format),
        expected: tier !== null ? TIER_LABELS[tier][lang] : cellText(recorded, format),
        basis: "history",
      });
    }
  }
  return out;
}

/** The hand edits of Results, as far as they can be proven (see the file's comment). */
function handEdits(input: AuditInput, cells: ResultsCells, chain: ChainCheck, inputsChanged: boolean) {
  const plan = input.result.resultsWithheld ? null : buildOutputPlan(input.result, { lang: resultsLang(cells.header), version: "", now: new Date(0) }).results;
  const differing = plan === null ? null : editedCells(plan, cells).map((e) => ({ ...e, basis: "inputs" as const }));
  const writer = lastWritingRun(chain);
  const expected = writer < 0 ? null : chain.runs[writer].outputFingerprint;
  const matchesInputs = differing !== null && differing.length === 0;
  if (expected === null) {
    return { asWritten: "unknown" as const, edited: inputsChanged ? [] : (differing ?? []), editsUnattributed: false, matchesInputs };
  }
  if (outputFingerprint(cells.rows, RESULTS_WIDTH) === expected) return { asWritten: "same" as const, edited: [], editsUnattributed: false, matchesInputs };
  // A record changed at or after that run's row cannot say what Appraise last wrote (a later row may be gone): no claim either way.
  if (!holdsFrom(chain, writer)) return { asWritten: "unknown" as const, edited: [], editsUnattributed: false, matchesInputs };
  if (plan !== null && differing !== null && differing.length > 0 && outputFingerprint(plan.rows, RESULTS_WIDTH) === expected) {
    return { asWritten: "differ" as const, edited: differing, editsUnattributed: false, matchesInputs };
  }
  const block = vouchedBlock(chain, writer);
  const edited = block === null ? [] : editsAgainstHistory(cells, block, input.result.decimals);
  const accounted = block !== null && outputFingerprint(restored(cells, block), RESULTS_WIDTH) === expected;
  return { asWritten: "differ" as const, edited, editsUnattributed: !accounted, matchesInputs };
}

/**
 * The Results with each cell the History block records put back as that run
 * wrote it (tiers in the Results' language). When these have the output
 * fingerprint, the cells named are all the edits; otherwise other edits
 * remain, in cells History does not record (or rows added or removed).
 */
function restored(cells: ResultsCells, block: RecordedRun["block"]): unknown[][] {
  const lang = resultsLang(cells.header);
  return cells.rows.map((row, r) => {
    const out = [...row];
    for (const p of PROVABLE) {
      const recorded = block[r]?.[p.history] ?? null;
      if (sameAsRecorded(p.en, out[p.results], recorded)) continue;
      const tier = p.en === "Tier" ? tierOfLabel(recorded) : null;
      out[p.results] = tier !== null ? TIER_LABELS[tier][lang] : recorded;
    }
    return out;
  });
}

/**
 * The audit of a workbook as it stands.
 * @example
 * auditWorkbook({ result: grade(input), results: cells, runLog, history }).edited //=> [] (the inputs changed: out of date, not edited)
 */
export function auditWorkbook(input: AuditInput): ResultsAudit {
  const chain = checkChain(input.runLog, input.history);
  const lastRun = lastRunFingerprint(input.runLog);
  const inputsChanged = !inputsOfLastRun(input.result.inputFingerprint, lastRun);
  const base = { inputFingerprint: input.result.inputFingerprint, lastRunFingerprint: lastRun, inputsChanged, record: recordAudit(chain) };
  if (input.results === null) return { ...base, hasResults: false, edited: [], matchesInputs: false };
  return { ...base, hasResults: true, ...handEdits(input, input.results, chain, inputsChanged) };
}
