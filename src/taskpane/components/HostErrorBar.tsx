import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Lang } from "../../engine/types";
import { errorText, type PaneStrings } from "../strings/i18n";
import type { PaneAction } from "../state/paneState";
import type { HostError } from "../state/paneTypes";

export interface HostErrorBarProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly error: HostError;
  /** What failed: the title names it ("无法读取工作簿"), never blaming the user for a load they did not start. */
  readonly action?: PaneAction;
  /** Shown as a Retry button; omit when trying again cannot help. */
  readonly onRetry?: () => void;
  readonly onDismiss: () => void;
}

/** A host failure in plain words, with Retry when the host says it may work. */
export function HostErrorBar({ lang, strings, error, action, onRetry, onDismiss }: HostErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{action === undefined ? strings.hostErrorTitle : strings.hostErrorTitles[action]}</MessageBarTitle>
        {errorText(error, lang)}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={strings.dismiss} icon={<DismissRegular />} onClick={onDismiss} />}>
        {onRetry !== undefined && <Button onClick={onRetry}>{strings.retry}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
