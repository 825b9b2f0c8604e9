/**
 * The items behind a unit's bonus, penalty, spot-check deduction and veto, as
 * the feedback letter (反馈单, SPEC §6) lists them: each bonus item with its
 * points, each penalty with its reason and date (and whether it counted),
 * each spot-check finding, each veto with its area. Only valid rows: a row
 * with an error is reported as a diagnostic and its part is not computed.
 */
import type { Day } from "./cells";
import { formatScore, type Decimal } from "./decimal";
import { toDecimal, type Fixed } from "./fixed";
import type { ParsedRow } from "./readTable";
import type { Rules } from "./rules";
import type { UnitDetails } from "./types";

const text = (row: ParsedRow, column: string): string => (typeof row.values[column] === "string" ? (row.values[column] as string) : "");

function decimalIn(row: ParsedRow, column: string): Decimal | undefined {
  const value = row.values[column] as Fixed | undefined;
  return value === undefined ? undefined : toDecimal(value);
}

/** One unit's rows of the four tables. */
export interface UnitRows {
  readonly bonuses: readonly ParsedRow[];
  readonly penalties: readonly ParsedRow[];
  readonly spotChecks: readonly ParsedRow[];
  readonly vetoes: readonly ParsedRow[];
}

/**
 * The unit's items, numbers written with `decimals` places, as Results writes
 * its scores.
 * @example
 * unitDetails({ bonuses: [row("表彰", 3)], penalties: [], spotChecks: [], vetoes: [] }, rules).bonuses
 * //=> [{ item: "表彰", kind: "", approved: "3.00", multiplier: "2.00", points: "6.00" }]
 */
export function unitDetails(rows: UnitRows, rules: Pick<Rules, "bonusMultiplier" | "penaltyPoints" | "periodStart" | "periodEnd" | "decimals">): UnitDetails {
  const f = (d: Decimal): string => formatScore(d, rules.decimals);
  const valid = (list: readonly ParsedRow[]): ParsedRow[] => list.filter((r) => r.ok);
  return {
    bonuses: valid(rows.bonuses).map((r) => {
      const approved = decimalIn(r, "ApprovedPoints");
      const multiplier = decimalIn(r, "Multiplier") ?? rules.bonusMultiplier;
      return {
        item: text(r, "Item"),
        kind: text(r, "Kind"),
        approved: approved ? f(approved) : "",
        multiplier: f(multiplier),
        points: approved ? f(approved.times(multiplier)) : "",
      };
    }),
    penalties: valid(rows.penalties).map((r) => {
      const date = r.values.Date as Day | undefined;
      const count = decimalIn(r, "Count")?.toNumber() ?? 1;
      const counted = !date || (date.days >= rules.periodStart.days && date.days <= rules.periodEnd.days);
      return { reason: text(r, "Reason"), date: date ? date.iso : null, count, counted, points: f(rules.penaltyPoints.times(counted ? count : 0)) };
    }),
    spotChecks: valid(rows.spotChecks).map((r) => {
      const deduction = decimalIn(r, "Deduction");
      return { finding: text(r, "Finding"), deduction: deduction ? f(deduction) : "" };
    }),
    vetoes: valid(rows.vetoes).map((r) => ({ area: text(r, "Area"), reason: text(r, "Reason") })),
  };
}
