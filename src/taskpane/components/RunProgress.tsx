import { Caption1, Field, makeStyles, mergeClasses, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Circle16Regular } from "@fluentui/react-icons";
import type { PaneStrings } from "../strings/i18n";
import type { RunPhase } from "../state/paneTypes";
import { useVisuallyHidden } from "./visuallyHidden";

/** The phases in the order runAppraisal reports them. */
export const PHASES: readonly RunPhase[] = ["read", "check", "grade", "write"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  steps: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  step: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  done: { color: tokens.colorStatusSuccessForeground1 },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface RunProgressProps {
  readonly strings: PaneStrings;
  readonly phase: RunPhase | "starting";
}

/** The progress label: "Step 2 of 4 · Check: checking the output sheets". */
export function progressLabel(strings: PaneStrings, phase: RunPhase | "starting"): string {
  if (phase === "starting") return strings.starting;
  return `${strings.step(PHASES.indexOf(phase) + 1, PHASES.length)} · ${strings.phaseDoing[phase]}`;
}

/** Progress through 读取 / 校验 / 评定 / 写入, as a bar and as a list of steps. */
export function RunProgress({ strings, phase }: RunProgressProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const index = phase === "starting" ? -1 : PHASES.indexOf(phase);
  const label = progressLabel(strings, phase);
  return (
    <div className={styles.root}>
      <Field label={label} validationState="none">
        <ProgressBar thickness="large" value={index < 0 ? undefined : index + 1} max={PHASES.length} />
      </Field>
      <ol className={styles.steps} aria-label={strings.phasesLabel}>
        {PHASES.map((p, i) => (
          <li
            key={p}
            className={mergeClasses(styles.step, i < index && styles.done, i === index && styles.current)}
            aria-current={i === index ? "step" : undefined}
          >
            {i < index ? <CheckmarkCircle16Filled aria-hidden /> : i === index ? <Spinner size="extra-tiny" aria-hidden /> : <Circle16Regular aria-hidden />}
            <Caption1>{strings.phase[p]}</Caption1>
            {i < index && <span className={hidden.root}>{strings.phaseDone}</span>}
            {i === index && <span className={hidden.root}>{strings.phaseCurrent}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
