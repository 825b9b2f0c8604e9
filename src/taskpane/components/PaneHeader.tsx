import { makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { AutoRecomputeSwitch } from "./AutoRecomputeSwitch";
import type { PaneStrings } from "../strings/i18n";

const useStyles = makeStyles({
  heading: { margin: 0 },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export interface PaneHeaderProps {
  readonly strings: PaneStrings;
  readonly auto: boolean;
  readonly onAutoChange: (on: boolean) => void;
}

/** The pane's title, and beside it the auto-recompute switch (wrapping under it in a narrow pane). */
export function PaneHeader({ strings, auto, onAutoChange }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.heading}>
        {strings.appTitle}
      </Subtitle1>
      <AutoRecomputeSwitch strings={strings} checked={auto} onChange={onAutoChange} />
    </header>
  );
}
