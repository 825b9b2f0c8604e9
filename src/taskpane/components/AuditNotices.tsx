/**
 * What the audit found when the pane opened: Results cells edited by hand,
 * and a RunLog or History row changed. Loaded in the run's chunk (see
 * auditNoticesView.ts): the audit itself runs there, so its words need not
 * be in the pane's first paint.
 */
import type { Lang } from "../../engine/types";
import type { ResultsAudit } from "../../workbook/audit/auditResults";
import type { PaneStrings } from "../strings/i18n";
import { HandEditNotice } from "./HandEditNotice";
import { RecordNotice } from "./RecordNotice";

export interface AuditNoticesProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly audit: ResultsAudit;
  readonly onSelectCell: (address: string) => void;
}

export function AuditNotices({ lang, strings, audit, onSelectCell }: AuditNoticesProps) {
  return (
    <>
      <HandEditNotice lang={lang} strings={strings} audit={audit} onSelectCell={onSelectCell} />
      <RecordNotice lang={lang} strings={strings} audit={audit} />
    </>
  );
}
