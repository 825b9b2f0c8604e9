/** The web page's entry: the language from the browser's, then the page. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { browserLang } from "./webStrings";
import { WebApp } from "./WebApp";

const lang = browserLang(navigator.language);
document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
const container = document.getElementById("container");
if (container === null) throw new Error("appraise.html has no #container element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <WebApp lang={lang} />
  </FluentProvider>,
);
