/**
 * The screenshots taskpane-{graded,partial,none}-{zh,en}.png (and the web
 * page's web-*.png, the WPS add-in's wps-*.png): into
 * test-output/ (ignored by git) on every run, so `npm test` leaves the working
 * tree clean, and into docs/screenshots (the README's) only under
 * `npm run screenshots`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { Lang } from "../../../src/engine/types";
import { ROOT } from "./browser";

const SCREENSHOTS = process.env.APPRAISE_SCREENSHOTS === "docs" ? path.join(ROOT, "docs", "screenshots") : path.join(ROOT, "test-output", "screenshots");

/** Saves `${host}-${name}-${lang}.png`: the task pane's by default, the web page's with host "web", the fake WPS window's with "wps". */
export async function screenshot(page: Page, name: string, lang: Lang, host: "taskpane" | "web" | "wps" = "taskpane"): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const png = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
  const file = path.join(SCREENSHOTS, `${host}-${name}-${lang}.png`);
  // Rewritten only when it changed, so an unchanged pane leaves docs/screenshots as it was.
  if (!existsSync(file) || !readFileSync(file).equals(png)) writeFileSync(file, png);
}
