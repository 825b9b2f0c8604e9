import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PaneStrings } from "../strings/i18n";

/** "Results are out of date": the inputs changed after the last run. */
export function StaleNotice({ strings }: { readonly strings: PaneStrings }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.staleTitle}</MessageBarTitle>
        {strings.staleBody}
      </MessageBarBody>
    </MessageBar>
  );
}
