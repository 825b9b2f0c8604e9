import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { auditFindings, type ResultsAudit } from "../../workbook/audit/auditResults";
import type { PaneStrings } from "../strings/i18n";

export interface RecordNoticeProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly audit: ResultsAudit;
}

/**
 * The record's chain broken, when the pane opens (SPEC §6–7, as `appraise
 * verify` says it): where, and what the audit could not check. Nothing while
 * the chain holds.
 */
export function RecordNotice({ lang, strings, audit }: RecordNoticeProps) {
  if (audit.record?.brokenAt == null) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.recordTitle}</MessageBarTitle>
        {auditFindings(audit, lang).join(lang === "zh" ? "。" : ". ")}
      </MessageBarBody>
    </MessageBar>
  );
}
