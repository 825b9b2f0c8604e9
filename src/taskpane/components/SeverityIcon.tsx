import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../engine/types";

const useStyles = makeStyles({
  icon: { flexShrink: 0 },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

/** A decorative severity icon; the severity is always also given in words. */
export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  const styles = useStyles();
  const className = mergeClasses(styles.icon, styles[severity]);
  if (severity === "error") return <ErrorCircle16Filled className={className} aria-hidden />;
  if (severity === "warning") return <Warning16Filled className={className} aria-hidden />;
  return <Info16Filled className={className} aria-hidden />;
}
