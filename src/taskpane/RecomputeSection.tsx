import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { PaneStrings } from "./i18n";
import type { RunPhase } from "./paneTypes";
import { RunProgress } from "./RunProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  button: { alignSelf: "stretch" },
});

export interface RecomputeSectionProps {
  readonly strings: PaneStrings;
  /** The run's phase, or null when idle. */
  readonly phase: RunPhase | "starting" | null;
  readonly disabled: boolean;
  readonly onRecompute: () => void;
}

/**
 * The one primary button, and the run's progress under it. While running the
 * button stays focusable but inert (`disabledFocusable`), so keyboard focus is
 * not thrown back to the top of the pane.
 */
export function RecomputeSection({ strings, phase, disabled, onRecompute }: RecomputeSectionProps) {
  const styles = useStyles();
  const running = phase !== null;
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        size="large"
        icon={<ArrowClockwiseRegular />}
        disabledFocusable={running || disabled}
        onClick={onRecompute}
      >
        {strings.recompute}
      </Button>
      {running && <RunProgress strings={strings} phase={phase} />}
    </div>
  );
}
