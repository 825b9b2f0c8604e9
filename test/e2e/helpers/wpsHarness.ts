/**
 * The WPS 表格 add-in in Chromium: builds the add-in (webpack.wps.config.js,
 * the folder WPS loads, appraise_<version>/) and the fake WPS
 * (test/e2e/wpsPage, one script) into temporary directories, serves the
 * add-in's build from 127.0.0.1, launches Debian's Chromium, and opens the
 * add-in's main page, index.html, with the fake WPS injected into every
 * frame before the add-in's scripts run. Problems fail the test as in the
 * Excel pane's harness (openWatched: console and page errors, HTTP errors,
 * any request elsewhere).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Frame, Page } from "playwright-core";
import type { Lang } from "../../../src/engine/types";
import type { AppraiseWpsFake } from "../wpsPage/fakeWpsApi";
import type { WorkbookKind } from "../page/workbooks";
import { CHROMIUM_ARGS, HAVE_CHROMIUM, ROOT, buildPage, closeServer, launchWhileBuilding, openWatched, serve, type Pane } from "./browser";

/** The fake WPS window: wide enough for a sheet beside the 320-pixel task pane. */
export const WPS_WINDOW = { width: 1280, height: 800 };
/** The add-in's folder, named as WPS's offline jsaddons mode names it: name_version. */
export const ADDIN_FOLDER = `appraise_${(JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version}`;

export interface WpsHarness {
  /** Opens index.html inside the fake WPS, its UI language `lang` (the browser's own stays zh-CN), from the test server or from disk. */
  openWps(lang: Lang, workbook?: WorkbookKind, from?: "server" | "folder"): Promise<Pane>;
  /** Where the add-in was built (ADDIN_FOLDER inside it). */
  readonly outDir: string;
}

type HookArgs<K extends keyof AppraiseWpsFake> = AppraiseWpsFake[K] extends (...args: infer A) => unknown ? A : [];
type HookValue<K extends keyof AppraiseWpsFake> = AppraiseWpsFake[K] extends (...args: never[]) => infer R ? R : AppraiseWpsFake[K];

/**
 * Reads the fake WPS or acts on it: calls `window.__appraiseWps[key](...args)`
 * in the page (any frame of the add-in sees the same one). Sent as an
 * expression, not a function, so Jest's coverage instrumentation cannot break it.
 */
export const wpsFake = <K extends keyof AppraiseWpsFake>(at: Page | Frame, key: K, ...args: HookArgs<K>): Promise<HookValue<K>> =>
  at.evaluate(`(() => {
    const v = window.__appraiseWps[${JSON.stringify(key)}];
    return typeof v === "function" ? v(...${JSON.stringify(args)}) : v;
  })()`) as Promise<HookValue<K>>;

/** Builds, serves and launches once for the test file (beforeAll); closes each test's pages, failing it on their problems (afterEach). */
export function wpsHarness(): WpsHarness {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = "";
  let outDir = "";
  let fakeDir = "";
  let fakeScript = "";
  const pages: Pane[] = [];

  if (HAVE_CHROMIUM) {
    beforeAll(async () => {
      outDir = mkdtempSync(path.join(tmpdir(), "appraise-wps-e2e-"));
      fakeDir = mkdtempSync(path.join(tmpdir(), "appraise-fakewps-"));
      await launchWhileBuilding(
        [buildPage(outDir, "webpack.wps.config.js"), buildPage(fakeDir, "test/e2e/wpsPage/wps.webpack.config.js")],
        (b) => (browser = b),
        // Pages opened from disk are each an origin of their own in Chromium; WPS gives every page its `wps` itself, the fake
        // hands the main page's to the pane through the parent frame, which needs the folder's pages to reach each other.
        { args: [...CHROMIUM_ARGS, "--allow-file-access-from-files"] },
      );
      fakeScript = readFileSync(path.join(fakeDir, "fakeWps.js"), "utf8");
      ({ server, origin } = await serve(outDir));
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await closeServer(server);
      for (const dir of [outDir, fakeDir]) if (dir !== "") rmSync(dir, { recursive: true, force: true });
    });

    afterEach(async () => {
      const open = pages.splice(0);
      for (const p of open) await p.page.context().close();
      expect(open.flatMap((p) => p.problems)).toEqual([]);
    });
  }

  async function openWps(lang: Lang, workbook: WorkbookKind = "demo", from: "server" | "folder" = "server"): Promise<Pane> {
    if (browser === undefined) throw new Error("No browser");
    // From the server (WPS's online mode), or the built folder opened from disk, as the offline jsaddons mode loads it.
    const base = from === "server" ? origin : pathToFileURL(outDir).href;
    // The browser's own language stays Chinese, as on a Chinese office's machine: the pane's language must come from WPS's (LanguageID).
    const pane = await openWatched(browser, base, { viewport: WPS_WINDOW, lang: "zh", init: fakeScript });
    pages.push(pane);
    // A file the page asks for and cannot have (from disk, no HTTP status says so).
    pane.page.on("requestfailed", (r) => void pane.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
    await pane.page.goto(`${base}/${ADDIN_FOLDER}/index.html?lang=${lang}&workbook=${workbook}`);
    return pane;
  }

  return {
    openWps,
    get outDir() {
      return outDir;
    },
  };
}
