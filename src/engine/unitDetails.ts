/**
 * The items behind a unit's bonus, penalty, spot-check deduction and veto, as
 * the feedback letter (反馈单, SPEC §6) lists them: each bonus item with its
 * points, each penalty with its reason and date (and whether it counted),
 * each spot-check finding, each veto with its area. Only valid rows: a row
 * with an error is reported as a diagnostic and its part is not computed.
 */
import { formatScore, type Decimal } from "./decimal";
import { toDecimal, type Fixed } from "./fixed";
import type { ParsedRow } from "./readTable";
import type { Rules } from "./rules";
import type { TableName, UnitDetails } from "./types";

/** A number of a row as a Decimal, or undefined when blank or unreadable. */
const decimalOf = (value: Fixed | undefined): Decimal | undefined => (value === undefined ? undefined : toDecimal(value));

/** One unit's rows of the four tables. */
export interface UnitRows {
  readonly bonuses: readonly ParsedRow<"Bonuses">[];
  readonly penalties: readonly ParsedRow<"Penalties">[];
  readonly spotChecks: readonly ParsedRow<"SpotChecks">[];
  readonly vetoes: readonly ParsedRow<"Vetoes">[];
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
  const valid = <N extends TableName>(list: readonly ParsedRow<N>[]): ParsedRow<N>[] => list.filter((r) => r.ok);
  return {
    bonuses: valid(rows.bonuses).map((r) => {
      const approved = decimalOf(r.values.ApprovedPoints);
      const multiplier = decimalOf(r.values.Multiplier) ?? rules.bonusMultiplier;
      return {
        item: r.values.Item ?? "",
        kind: r.values.Kind ?? "",
        approved: approved ? f(approved) : "",
        multiplier: f(multiplier),
        points: approved ? f(approved.times(multiplier)) : "",
      };
    }),
    penalties: valid(rows.penalties).map((r) => {
      const date = r.values.Date;
      const count = decimalOf(r.values.Count)?.toNumber() ?? 1;
      const counted = !date || (date.days >= rules.periodStart.days && date.days <= rules.periodEnd.days);
      return { reason: r.values.Reason ?? "", date: date ? date.iso : null, count, counted, points: f(rules.penaltyPoints.times(counted ? count : 0)) };
    }),
    spotChecks: valid(rows.spotChecks).map((r) => {
      const deduction = decimalOf(r.values.Deduction);
      return { finding: r.values.Finding ?? "", deduction: deduction ? f(deduction) : "" };
    }),
    vetoes: valid(rows.vetoes).map((r) => ({ area: r.values.Area ?? "", reason: r.values.Reason ?? "" })),
  };
}
