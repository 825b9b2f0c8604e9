import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PaneStrings } from "../strings/i18n";

/** "Results are out of date": the inputs changed after the last run (here, or a co-author's edit: `byCoauthor`). */
export function StaleNotice({ strings, byCoauthor = false }: { readonly strings: PaneStrings; readonly byCoauthor?: boolean }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.staleTitle}</MessageBarTitle>
        {byCoauthor ? strings.staleCoauthorBody : strings.staleBody}
      </MessageBarBody>
    </MessageBar>
  );
}
