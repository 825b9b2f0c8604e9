/** Text for screen readers only (Fluent v9 has no VisuallyHidden component). */
import { makeStyles } from "@fluentui/react-components";

export const useVisuallyHidden = makeStyles({
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});
