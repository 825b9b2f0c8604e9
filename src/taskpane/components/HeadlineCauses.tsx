import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CODE_TITLES } from "../../engine/codeTitles";
import type { GradeResult, Lang } from "../../engine/types";
import type { Headline } from "../state/headline";
import type { PaneStrings } from "../strings/i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface HeadlineCausesProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly result: GradeResult;
  readonly headline: Headline;
}

/**
 * The error kinds that stopped grading, biggest first, each with how many
 * units it kept ungraded (in a partial run, only the units that are not
 * graded count) and how many items it has. Nothing when there are none.
 */
export function HeadlineCauses({ lang, strings, result, headline: h }: HeadlineCausesProps) {
  const styles = useStyles();
  if (h.causes.length === 0) return null;
  const ungraded = new Set(result.units.filter((u) => u.assessed && !u.graded).map((u) => u.unit));
  return (
    <div>
      <Caption1>
        {strings.causesLabel}
        {strings.colon}
      </Caption1>
      <ul className={styles.list}>
        {h.causes.map((g) => (
          <li key={g.code}>
            <Caption1>
              {strings.causeUnits(
                CODE_TITLES[g.code].title[lang],
                h.kind === "partial" ? g.units.filter((u) => ungraded.has(u)).length : g.units.length,
                g.items.length,
              )}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
