import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { useAuditNotices } from "./auditNoticesView";
import { HostErrorBar } from "./HostErrorBar";
import type { PaneStrings } from "../strings/i18n";
import { StaleNotice } from "./StaleNotice";
import type { Pane } from "../state/usePane";

export interface PaneNoticesProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly pane: Pane;
  /** The workbook has none of the input tables (NoTablesNotice says so instead of "out of date"). */
  readonly noTables: boolean;
  readonly onSelectCell: (address: string) => void;
}

/**
 * What the pane has to say above its button: a host failure (with Retry where
 * it may help; a failed selection is not worth repeating), results out of
 * date, cells of Results edited by hand, a RunLog or History row changed, or
 * that the tables are being read, or that the run waits for a co-author's.
 * The last two wait while a run is under way.
 */
export function PaneNotices({ lang, strings, pane, noTables, onSelectCell }: PaneNoticesProps) {
  const { failure, phase } = pane;
  const AuditNotices = useAuditNotices(pane.audit !== null);
  return (
    <>
      {failure !== null && (
        <HostErrorBar
          lang={lang}
          strings={strings}
          error={failure.error}
          action={failure.action}
          onRetry={failure.error.retryable && failure.action !== "select" ? pane.retry : undefined}
          onDismiss={pane.dismiss}
        />
      )}
      {pane.stale && !noTables && phase === null && <StaleNotice strings={strings} byCoauthor={pane.staleByCoauthor} />}
      {pane.lockWait !== null && phase !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.lockWait(pane.lockWait.who, pane.lockWait.since)}</MessageBarBody>
        </MessageBar>
      )}
      {pane.audit !== null && phase === null && AuditNotices !== null && (
        <AuditNotices lang={lang} strings={strings} audit={pane.audit} onSelectCell={onSelectCell} />
      )}
      {pane.tables === null && failure === null && <Spinner size="small" labelPosition="after" label={strings.loading} />}
    </>
  );
}
