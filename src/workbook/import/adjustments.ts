/**
 * A unit's adjustments from last year's summary: the 加分 column as one
 * Bonuses row (the final points, multiplier 1, so grading does not double
 * them), the 扣分 column as Penalties items at penalty.points each (a
 * deduction that is no whole number of items as a SpotChecks row, reported),
 * the 察访核验扣分 column as a SpotChecks row, and the 备注 phrases: vetoes,
 * notices and spot checks where no column gives them, the reasons where one
 * does, and every phrase not understood reported at its cell.
 */
import { importFinding } from "./importMessages";
import { cellOf, scoreValue, type Sink } from "./importSink";
import { readNote, type NotePhrase } from "./readNote";
import { textOf } from "./plainSheet";
import type { UnitRow } from "./unitRows";

const NOTE_AS = {
  veto: (p: Extract<NotePhrase, { kind: "veto" }>) => ({ zh: `一票否决（领域：${p.area ?? "未写明"}）`, en: `a veto (area: ${p.area ?? "not named"})` }),
  notice: (p: Extract<NotePhrase, { kind: "notice" }>) => ({ zh: `通报扣分 ${p.count} 项`, en: `${p.count} penalty item(s)` }),
  spotCheck: (p: Extract<NotePhrase, { kind: "spotCheck" }>) => ({ zh: `察访核验扣 ${p.points} 分`, en: `a spot-check deduction of ${p.points}` }),
  bonus: () => ({ zh: "创新争优加分的项目名称", en: "the bonus item's name" }),
};

/** The reasons the notes give for one kind, or the fallback words. */
const reasonOf = (phrases: readonly NotePhrase[], kind: NotePhrase["kind"], fallback: string): string =>
  phrases
    .filter((p) => p.kind === kind)
    .map((p) => p.text)
    .join("；") || fallback;

/** A number from a score column, or null when there is none, or it is blank or not a number (scoreValue reports it). */
function points(s: Sink, u: UnitRow, field: "bonus" | "penalty" | "spotCheck"): number | null {
  if (!s.layout.columns.has(field)) return null;
  const v = scoreValue(s, u, field, false);
  return typeof v === "number" ? v : null;
}

function bonus(s: Sink, u: UnitRow, notes: readonly NotePhrase[]): void {
  const n = points(s, u, "bonus");
  if (n !== null && n !== 0) s.rows.Bonuses.push([u.unit, reasonOf(notes, "bonus", s.layout.columns.get("bonus")?.header ?? "加分"), n, 1]);
}

function penalty(s: Sink, u: UnitRow, notes: readonly NotePhrase[]): void {
  const notices = notes.flatMap((p) => (p.kind === "notice" ? [p] : []));
  if (!s.layout.columns.has("penalty")) {
    for (const p of notices) s.rows.Penalties.push([u.unit, p.text, p.count]);
    return;
  }
  // The column decides; a blank cell is no deduction, and notes that count notices then disagree with it.
  const raw = points(s, u, "penalty") ?? 0;
  if (raw < 0) s.findings.push(importFinding("IMPORT_DEDUCTION_SIGN", cellOf(s, u, "penalty"), { unit: u.unit, value: raw }, u.unit));
  const p = Math.abs(raw);
  const items = p / s.rules.penaltyPoints;
  const reason = reasonOf(notes, "notice", s.layout.columns.get("penalty")?.header ?? "扣分");
  if (p === 0) {
    if (notices.length > 0)
      s.findings.push(importFinding("IMPORT_PENALTY_NOTE_DIFFERS", cellOf(s, u, "note"), { unit: u.unit, note: reason, items: 0 }, u.unit));
    return;
  }
  if (!Number.isInteger(items)) {
    s.findings.push(importFinding("IMPORT_PENALTY_FRACTION", cellOf(s, u, "penalty"), { unit: u.unit, points: p, per: s.rules.penaltyPoints }, u.unit));
    s.rows.SpotChecks.push([u.unit, reason, p]);
    return;
  }
  const noted = notices.reduce((n, x) => n + x.count, 0);
  if (notices.length > 0 && noted !== items) {
    s.findings.push(importFinding("IMPORT_PENALTY_NOTE_DIFFERS", cellOf(s, u, "note"), { unit: u.unit, note: reason, items }, u.unit));
  }
  s.rows.Penalties.push([u.unit, reason, items]);
}

function spotCheck(s: Sink, u: UnitRow, notes: readonly NotePhrase[]): void {
  if (!s.layout.columns.has("spotCheck")) {
    for (const p of notes) if (p.kind === "spotCheck") s.rows.SpotChecks.push([u.unit, p.text, p.points]);
    return;
  }
  const raw = points(s, u, "spotCheck") ?? 0;
  if (raw < 0) s.findings.push(importFinding("IMPORT_DEDUCTION_SIGN", cellOf(s, u, "spotCheck"), { unit: u.unit, value: raw }, u.unit));
  if (raw !== 0) s.rows.SpotChecks.push([u.unit, reasonOf(notes, "spotCheck", s.layout.columns.get("spotCheck")?.header ?? "察访核验"), Math.abs(raw)]);
}

/** Whether a phrase was used: a bonus reason needs a bonus column to go with. */
const understood = (s: Sink, p: NotePhrase): boolean => p.kind !== "unread" && (p.kind !== "bonus" || s.layout.columns.has("bonus"));

function notesReport(s: Sink, u: UnitRow, notes: readonly NotePhrase[]): void {
  const where = cellOf(s, u, "note");
  for (const p of notes) {
    if (p.kind === "veto") s.rows.Vetoes.push([u.unit, p.area, p.text]);
    if (!understood(s, p)) s.findings.push(importFinding("IMPORT_NOTE_UNREAD", where, { unit: u.unit, note: p.text }, u.unit));
    else if (p.kind !== "unread")
      s.findings.push(importFinding("IMPORT_NOTE_READ", where, { unit: u.unit, note: p.text, as: NOTE_AS[p.kind](p as never) }, u.unit));
  }
}

/** A unit's bonus, penalties, spot checks and vetoes (see the module's comment). */
export function adjustments(s: Sink, u: UnitRow): void {
  const note = textOf(u.cells.get("note") ?? null);
  const notes = note === null ? [] : readNote(note);
  bonus(s, u, notes);
  penalty(s, u, notes);
  spotCheck(s, u, notes);
  notesReport(s, u, notes);
}
