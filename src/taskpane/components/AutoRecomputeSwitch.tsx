import { Switch } from "@fluentui/react-components";
import type { PaneStrings } from "../strings/i18n";

export interface AutoRecomputeSwitchProps {
  readonly strings: PaneStrings;
  readonly checked: boolean;
  readonly onChange: (on: boolean) => void;
}

/** The 自动重新计算 switch: when on, the pane recomputes after input changes. */
export function AutoRecomputeSwitch({ strings, checked, onChange }: AutoRecomputeSwitchProps) {
  return <Switch label={strings.autoRecompute} checked={checked} onChange={(_, data) => onChange(data.checked)} />;
}
