/**
 * The browser page opened as an office opens it: from file://, with every
 * request that is not the page's own file refused and counted, every console
 * error and page error collected, and the page's clock fixed so its graded
 * copy can be compared with `appraise score`'s at the same time.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { FIXED_NOW } from "../../helpers/cli";

export interface OfflinePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests other than the page's own file (each refused). */
  readonly requests: string[];
  readonly errors: string[];
}

export async function openOffline(browser: Browser, html: string, locale: string, options: { readonly acceptDownloads?: boolean } = {}): Promise<OfflinePage> {
  const context = await browser.newContext({ locale, acceptDownloads: options.acceptDownloads ?? false, viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("request", (r) => {
    if (!/^(file|blob|data):/.test(r.url()) && !requests.includes(r.url())) requests.push(r.url());
  });
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => void errors.push(e.message));
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`file://${html}`);
  return { page, context, requests, errors };
}
