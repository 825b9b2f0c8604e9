import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { PaneStrings } from "../strings/i18n";
import type { RunPhase } from "../state/paneTypes";
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
  /** The host cannot run at all (ApiNotFound): the button is disabled and no longer primary, and says why. */
  readonly blocked?: boolean;
  readonly onRecompute: () => void;
}

/**
 * The one primary button, and the run's progress under it. While running the
 * button stays focusable but inert (`disabledFocusable`), so keyboard focus is
 * not thrown back to the top of the pane, and says "正在计算…". Where a run
 * can only fail again (the host lacks the API) it is disabled outright.
 */
export function RecomputeSection({ strings, phase, disabled, blocked = false, onRecompute }: RecomputeSectionProps) {
  const styles = useStyles();
  const running = phase !== null;
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance={blocked ? "secondary" : "primary"}
        size="large"
        icon={<ArrowClockwiseRegular />}
        disabled={blocked}
        disabledFocusable={!blocked && (running || disabled)}
        onClick={onRecompute}
      >
        {running ? strings.recomputing : strings.recompute}
      </Button>
      {blocked && <Caption1>{strings.cannotRecompute}</Caption1>}
      {running && <RunProgress strings={strings} phase={phase} />}
    </div>
  );
}
