/**
 * The task pane's entry: waits for Office, then renders the pane. With the
 * shared runtime this page also hosts the ribbon command (./commands.ts),
 * which webpack loads as a second entry on the same page.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import App from "./App";

Office.onReady(() => {
  // taskpane.html's guard (./guard.js) found this Office too old and said so instead.
  if (document.documentElement.hasAttribute("data-appraise-unsupported")) return;
  // The page's language follows Office's, so screen readers and CJK fonts match the UI.
  document.documentElement.lang = Office.context.displayLanguage || "zh-CN";
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
});
