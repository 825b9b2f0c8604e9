/**
 * The WPS add-in's main page (index.html), which WPS loads when WPS 表格
 * starts: it puts the ribbon's callbacks on `window.ribbon`, where
 * ribbon.xml's onLoad/onAction/getImage/getLabel find them. Outside WPS (no
 * global `wps`) it says so on the page instead.
 */
import { createRibbon } from "./ribbonCallbacks";
import { NotInWpsError, etApplication, wpsRoot } from "./wpsRoot";
import { wpsLang } from "./wpsLang";

function start(): void {
  try {
    const root = wpsRoot();
    const lang = wpsLang(safeApplication(root), navigator.language);
    (window as unknown as { ribbon: unknown }).ribbon = createRibbon(root, { pageUrl: location.href, lang }).callbacks;
  } catch (e) {
    if (!(e instanceof NotInWpsError)) throw e;
    document.body.textContent =
      "这是 Appraise 的 WPS 加载项页面，需在 WPS 表格中加载。 This is Appraise's WPS add-in page: WPS 表格 loads it (see the README's WPS section).";
  }
}

/** The application, or null when this WPS cannot give it yet (the language then comes from the page). */
function safeApplication(root: ReturnType<typeof wpsRoot>) {
  try {
    return etApplication(root);
  } catch {
    return null;
  }
}

start();
