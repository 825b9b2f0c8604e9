import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, type MessageBarIntent, Subtitle2, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, Clock20Filled, ErrorCircle20Filled, Prohibited20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { GradeResult, Lang } from "../../engine/types";
import { headlineOf, type Headline as HeadlineModel, type HeadlineKind } from "../state/headline";
import type { PaneStrings } from "../strings/i18n";
import { FirstFix } from "./FirstFix";
import { HeadlineCauses } from "./HeadlineCauses";
import { OutputLinks } from "./OutputLinks";
import type { SelectCell } from "./CellLink";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: "anywhere" },
  title: { margin: 0 },
});

const INTENT: Readonly<Record<HeadlineKind, MessageBarIntent>> = { graded: "success", partial: "warning", none: "error", withheld: "error" };

/** Each state has its own icon, so the state never rests on colour alone (the title says it in words too). */
function icon(kind: HeadlineKind | "stale" | "unwritten"): ReactElement {
  if (kind === "stale") return <Clock20Filled data-icon="stale" />;
  if (kind === "unwritten") return <Prohibited20Filled data-icon="unwritten" />;
  if (kind === "graded") return <CheckmarkCircle20Filled data-icon="graded" />;
  if (kind === "partial") return <Warning20Filled data-icon="partial" />;
  if (kind === "none") return <ErrorCircle20Filled data-icon="none" />;
  return <Prohibited20Filled data-icon="withheld" />;
}

/** The headline's title in words, also announced to screen readers when a run ends. */
export function headlineTitle(strings: PaneStrings, h: HeadlineModel): string {
  if (h.kind === "graded") return strings.graded(h.graded, h.assessed);
  if (h.kind === "partial") return strings.partial(h.graded, h.assessed);
  if (h.kind === "none") return strings.noneGraded(h.assessed);
  return strings.withheldTitle;
}

/** The run's headline in words (what the status region announces). */
export function gradedHeadline(strings: PaneStrings, result: GradeResult): string {
  return headlineTitle(strings, headlineOf(result));
}

export interface HeadlineProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly result: GradeResult;
  /** False when OUTPUT_CONFLICT kept every sheet as it was (WriteStatus says so). */
  readonly written: boolean;
  /** The inputs changed after this run: the headline says so and loses its success colour. */
  readonly stale: boolean;
  /** False when the host could not set the print sheets' page setup (ExcelApi 1.9): the headline says how to by hand. */
  readonly printSetup?: boolean;
  /** Absent where there is no open workbook (the web page): addresses are then plain text. */
  readonly onSelectCell?: SelectCell;
}

/**
 * What the run amounts to, first, in one of four states (see headline.ts):
 * graded (success), partial (warning, with the top causes), nothing graded
 * and withheld (error: why, and the first thing to fix with a link to its
 * cell). Out-of-date results keep their state's words behind "已过期：", with
 * a neutral colour and a clock icon instead of the tick. A run that wrote
 * nothing (OUTPUT_CONFLICT, told by WriteStatus above it) never shows a tick.
 */
export function Headline({ lang, strings, result, written, stale, printSetup = true, onSelectCell }: HeadlineProps) {
  const styles = useStyles();
  const h = headlineOf(result);
  return (
    <MessageBar
      intent={!written ? "error" : stale ? "info" : INTENT[h.kind]}
      layout="multiline"
      icon={icon(!written ? "unwritten" : stale ? "stale" : h.kind)}
      data-headline={h.kind}
      data-stale={stale ? "" : undefined}
    >
      <MessageBarBody className={styles.body}>
        <Subtitle2 as="h2" className={styles.title}>
          {stale && strings.stalePrefix}
          {headlineTitle(strings, h)}
        </Subtitle2>
        {stale && <Caption1>{strings.staleSummary}</Caption1>}
        {h.kind === "none" && written && <Body1>{strings.noneGradedBody}</Body1>}
        {h.kind === "withheld" && <Body1>{strings.withheldBody}</Body1>}
        <HeadlineCauses lang={lang} strings={strings} result={result} headline={h} />
        {h.firstFix !== null && <FirstFix lang={lang} strings={strings} fix={h.firstFix} onSelectCell={onSelectCell} />}
        {written && h.kind !== "withheld" && <OutputLinks strings={strings} printSetup={printSetup} onSelectCell={onSelectCell} />}
      </MessageBarBody>
    </MessageBar>
  );
}
