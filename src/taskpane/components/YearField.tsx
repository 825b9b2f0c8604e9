import { Field, SpinButton, makeStyles } from "@fluentui/react-components";
import type { PaneStrings } from "../strings/i18n";

const useStyles = makeStyles({ spin: { width: "8em" } });

export interface YearFieldProps {
  readonly strings: PaneStrings;
  readonly year: number;
  readonly disabled: boolean;
  readonly onChange: (year: number) => void;
}

/** A year Excel can hold a date in, as typed or stepped. */
const validYear = (n: number | null | undefined): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1900 && n <= 9999;

/**
 * The appraisal year the new Rules table is written for (its period and
 * deadlines): asked next to "Create input tables", the current year until
 * changed, so a new year's workbook never starts with another year's period.
 */
export function YearField({ strings, year, disabled, onChange }: YearFieldProps) {
  const styles = useStyles();
  return (
    <Field label={strings.appraisalYear} hint={strings.appraisalYearHint(year)}>
      <SpinButton
        className={styles.spin}
        value={year}
        min={1900}
        max={9999}
        disabled={disabled}
        onChange={(_, data) => {
          const typed = data.value ?? (data.displayValue === undefined ? null : Number(data.displayValue.trim()));
          if (validYear(typed)) onChange(typed);
        }}
      />
    </Field>
  );
}
