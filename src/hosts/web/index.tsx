/** The web page's entry: the language from the browser's (switchable in the page), then the page. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { prepareWorker } from "./workers";
import { browserLang } from "./webStrings";
import { WebRoot } from "./WebRoot";

const lang = browserLang(navigator.language);
const container = document.getElementById("container");
if (container === null) throw new Error("appraise.html has no #container element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <WebRoot initial={lang} />
  </FluentProvider>,
);
prepareWorker();
