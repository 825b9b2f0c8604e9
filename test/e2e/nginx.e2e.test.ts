/**
 * The shipped web server configuration (deploy/nginx/appraise.conf) serving
 * the add-in's production build over HTTPS, as an office would run it:
 * Debian's nginx on 127.0.0.1 with a throwaway internal CA's certificate and
 * only the five lines the README says to change changed (helpers/nginx.ts).
 *
 * - Every file of the build, fetched by Node with the CA as its only trust
 *   (and refused without it): each kind of file has its MIME type and cache
 *   header; folders are not listed; only GET.
 * - Chromium, trusting the CA through an NSS database as a PC in the office
 *   trusts it (no certificate errors ignored), opens taskpane.html through
 *   nginx, with the fake Excel host standing where Office.js is loaded, and
 *   the pane renders, lists the tables and recomputes. A Chromium that does
 *   not trust the CA is refused.
 *
 * The build is `npm run build`'s (npm test builds before jest); ADDIN_BUILD
 * names its folder.
 *
 * - The intranet build (APPRAISE_OFFICE_JS=local, built into a temporary
 *   folder as test/e2e/addinBuild.e2e.test.ts builds it) served by the same
 *   configuration: Chromium loads taskpane.html and Microsoft's real
 *   office-js/ through nginx, no request leaves the server's origin, and
 *   every response is a 200 with its kind's MIME type and cache header.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { request } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Response } from "playwright-core";
import { STRINGS } from "../../src/taskpane/strings/i18n";
import { describeWith, HOSTING_TOOLS } from "../helpers/external";
import { buildPage, CHROMIUM, CHROMIUM_ARGS, launchWhileBuilding, PANE, ROOT, suite } from "./helpers/browser";
import { expectResultsWritten, expectTablesListed, recompute } from "./helpers/demo";
import { ADDIN_BUILD, CHANGE_MARKER, SHIPPED_CONFIG, makeCertificates, startNginx, trustInNss, type Certificates, type RunningNginx } from "./helpers/nginx";

/** Where the intranet build's manifest points (the README's example host). */
const INTRANET_URL = "https://appraise.intranet.example/";
const NO_STORE = "no-store";
const REVALIDATE = "no-cache";
const IMMUTABLE = "public, max-age=31536000, immutable";
/** A file whose name carries webpack's content hash: taskpane.1a2b3c4d.js. */
const HASHED = /\.[0-9a-f]{8}\.(js|css|png|svg|woff2)$/;

/** The headers a file of the build must be served with, by its kind; null for a kind this test does not know (which fails it). */
function expectedFor(file: string): { type: string; cache: string } | null {
  const base = path.posix.basename(file);
  const cache = /\.html$/.test(base) || /^manifest[^/]*\.xml$/.test(file) ? NO_STORE : HASHED.test(base) ? IMMUTABLE : REVALIDATE;
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
  };
  const type = types[path.posix.extname(base)];
  return type === undefined ? null : { type, cache };
}

/** Every file under `dir`, as a URL path ("assets/icon-32.png"). */
function filesOf(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesOf(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

interface Fetched {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
}

/** GET (or `method`) over HTTPS trusting only `ca` (or the system's CAs when ca is undefined). */
function fetchWith(url: string, ca: string | undefined, method = "GET", headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, method, headers, timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}

/** Fetches each file of `root` through `origin` and lists every header that is not what its kind needs. */
async function wrongHeaders(root: string, origin: string, ca: string): Promise<string[]> {
  const wrong: string[] = [];
  for (const file of filesOf(root)) {
    const want = expectedFor(file);
    if (want === null) {
      wrong.push(`${file}: a kind of file this test does not know (add it to deploy/nginx/appraise.conf's types and here)`);
      continue;
    }
    const got = await fetchWith(`${origin}/${file}`, ca);
    const seen = { status: got.status, type: got.headers["content-type"], cache: got.headers["cache-control"], nosniff: got.headers["x-content-type-options"] };
    const expected = { status: 200, type: want.type, cache: want.cache, nosniff: "nosniff" };
    if (JSON.stringify(seen) !== JSON.stringify(expected)) wrong.push(`${file}: ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
  }
  return wrong;
}

suite("the shipped nginx configuration serves the add-in over HTTPS", () => {
  describeWith(HOSTING_TOOLS.name, HOSTING_TOOLS.available, HOSTING_TOOLS.install, "nginx with deploy/nginx/appraise.conf and a throwaway internal CA", () => {
    let dir = "";
    let certs: Certificates;
    let server: RunningNginx | undefined;
    let fakeOffice = "";

    beforeAll(async () => {
      if (!existsSync(path.join(ADDIN_BUILD, "taskpane.html"))) {
        throw new Error(`No build in ${ADDIN_BUILD}: run npm run build first (npm test does)`);
      }
      dir = mkdtempSync(path.join(tmpdir(), "appraise-nginx-"));
      certs = makeCertificates(dir);
      server = await startNginx(path.join(dir, "site"), ADDIN_BUILD, certs);
      fakeOffice = path.join(dir, "office");
      await buildPage(fakeOffice, "test/e2e/page/office.webpack.config.js");
    }, 120_000);

    afterAll(async () => {
      await server?.stop();
      if (dir !== "") rmSync(dir, { recursive: true, force: true });
    });

    it("passes nginx -t with only the five marked lines changed", () => {
      const shipped = readFileSync(SHIPPED_CONFIG, "utf8").split("\n");
      const started = (server?.site ?? "").split("\n");
      expect(started).toHaveLength(shipped.length);
      const changed = shipped.filter((line, i) => line !== started[i]);
      expect(changed.map((line) => /^\s*([a-z_]+)/.exec(line)?.[1])).toEqual(["listen", "server_name", "root", "ssl_certificate", "ssl_certificate_key"]);
      expect(changed.every((line) => line.includes(CHANGE_MARKER))).toBe(true);
      // The README names the same marker and the same five directives.
      const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
      expect(readme).toContain(`\`${CHANGE_MARKER.replace(/^# /, "")}\``);
      for (const directive of ["listen", "server_name", "root", "ssl_certificate", "ssl_certificate_key"]) expect(readme).toContain(`\`${directive}\``);
      expect(server?.checked).toContain("test is successful");
      expect(server?.checked).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
    });

    it("serves every file of the build with its kind's MIME type and cache header, trusted through the CA alone", async () => {
      const origin = server?.origin ?? "";
      const files = filesOf(ADDIN_BUILD);
      // The kinds that matter are all there: the page, the manifest, hashed scripts, the icons.
      expect(files).toEqual(expect.arrayContaining(["taskpane.html", "manifest.xml", "assets/icon-32.png"]));
      expect(files.filter((f) => HASHED.test(f) && f.endsWith(".js")).length).toBeGreaterThanOrEqual(3);
      expect(await wrongHeaders(ADDIN_BUILD, origin, certs.ca)).toEqual([]);
      // Scripts are compressed for a browser that asks.
      const script = files.find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f)) ?? "";
      const zipped = await fetchWith(`${origin}/${script}`, certs.ca, "GET", { "Accept-Encoding": "gzip" });
      expect([zipped.headers["content-encoding"], zipped.headers.vary]).toEqual(["gzip", "Accept-Encoding"]);
    }, 60_000);

    it("is refused by a client that does not trust the office's CA", async () => {
      await expect(fetchWith(`${server?.origin}/taskpane.html`, undefined)).rejects.toMatchObject({ code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" });
    });

    it("lists no folder and answers only GET (and HEAD)", async () => {
      const origin = server?.origin ?? "";
      for (const folder of ["/", "/assets/", "/assets"]) expect((await fetchWith(`${origin}${folder}`, certs.ca)).status).toBe(404);
      expect((await fetchWith(`${origin}/taskpane.html`, certs.ca, "POST")).status).toBe(403);
      expect((await fetchWith(`${origin}/taskpane.html`, certs.ca, "HEAD")).status).toBe(200);
    });

    it("serves the kinds the build may hold besides (CSS, JSON, SVG, an unhashed script) with their types and cache headers, and no dot file", async () => {
      const other = path.join(dir, "other");
      mkdirSync(path.join(other, "assets"), { recursive: true });
      for (const file of [
        "style.0a1b2c3d.css",
        "plain.css",
        "data.json",
        "assets/logo.1234abcd.svg",
        "legacy.js",
        "manifest-intranet.xml",
        "assets/help.html",
      ]) {
        writeFileSync(path.join(other, file), "/* 绩效考评 */\n");
      }
      const second = await startNginx(path.join(dir, "site-other"), other, certs);
      try {
        expect(await wrongHeaders(other, second.origin, certs.ca)).toEqual([]);
        // A dot file copied along (.git, .htpasswd) is never served.
        mkdirSync(path.join(other, ".git"));
        writeFileSync(path.join(other, ".git", "config"), "[core]\n");
        expect((await fetchWith(`${second.origin}/.git/config`, certs.ca)).status).toBe(404);
      } finally {
        await second.stop();
      }
    }, 60_000);

    describe("in Chromium", () => {
      let trusting: Browser | undefined;
      let untrusting: Browser | undefined;
      const homes: string[] = [];

      beforeAll(async () => {
        const home = mkdtempSync(path.join(tmpdir(), "appraise-home-"));
        const bare = mkdtempSync(path.join(tmpdir(), "appraise-home-"));
        homes.push(home, bare);
        trustInNss(home, certs.caFile);
        // Chromium on Linux trusts what $HOME/.pki/nssdb trusts, besides its own roots.
        const launch = (h: string) => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env: { ...process.env, HOME: h }, timeout: 30_000 });
        [trusting, untrusting] = await Promise.all([launch(home), launch(bare)]);
      }, 60_000);

      afterAll(async () => {
        await trusting?.close();
        await untrusting?.close();
        for (const h of homes) rmSync(h, { recursive: true, force: true });
      });

      it("opens the pane through nginx: it renders, lists the tables and recomputes, every file with its headers", async () => {
        if (trusting === undefined) throw new Error("No browser");
        const origin = server?.origin ?? "";
        const context = await trusting.newContext({ viewport: PANE, locale: "zh-CN" });
        const problems: string[] = [];
        await context.route("**/*", (route) => {
          const url = new URL(route.request().url());
          // Office.js, wherever taskpane.html loads it from: the fake Excel host in its place.
          if (url.pathname.endsWith("/office.js")) return route.fulfill({ path: path.join(fakeOffice, "office.js"), contentType: "text/javascript" });
          if (url.origin === origin) return route.continue();
          problems.push(`request outside the server: ${url.href}`);
          return route.abort("blockedbyclient");
        });
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        const responses: Response[] = [];
        page.on("response", (r) => void (r.url().startsWith(`${origin}/`) && responses.push(r)));
        page.on("console", (m) => void (m.type() === "error" && problems.push(`console error: ${m.text()}`)));
        page.on("pageerror", (e) => void problems.push(`page error: ${e.message}`));
        try {
          const main = await page.goto(`${origin}/taskpane.html?lang=zh&workbook=demo`);
          expect(main?.status()).toBe(200);
          const security = await main?.securityDetails();
          expect([security?.issuer, security?.subjectName]).toEqual(["Appraise test CA", "127.0.0.1"]);

          await page.getByRole("heading", { name: STRINGS.zh.appTitle, level: 1 }).waitFor();
          await expectTablesListed(page, "zh");
          await recompute(page, "zh");
          await expectResultsWritten(page, "zh");

          // What Chromium got from nginx: the page never cached, each script long-lived, all of them text/javascript.
          const seen = await Promise.all(
            responses.map(async (r) => [
              new URL(r.url()).pathname.slice(1),
              r.status(),
              await r.headerValue("content-type"),
              await r.headerValue("cache-control"),
            ]),
          );
          const want = seen.map(([file]) => {
            const kind = expectedFor(String(file));
            return [file, 200, kind?.type, kind?.cache];
          });
          expect(seen).toEqual(want);
          const files = seen.map(([file]) => String(file));
          expect(files).toContain("taskpane.html");
          // The run's chunk, loaded after the first paint, came through nginx too.
          expect(files.filter((f) => /^run\.[0-9a-f]{8}\.js$/.test(f))).toHaveLength(1);
          expect(files.filter((f) => /\.js$/.test(f)).length).toBeGreaterThanOrEqual(5);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      }, 90_000);

      it("is refused by a Chromium that does not trust the office's CA", async () => {
        if (untrusting === undefined) throw new Error("No browser");
        const context = await untrusting.newContext();
        try {
          const page = await context.newPage();
          await expect(page.goto(`${server?.origin}/taskpane.html`)).rejects.toThrow(/ERR_CERT_AUTHORITY_INVALID/);
        } finally {
          await context.close();
        }
      });
    });
  });
  describeWith(HOSTING_TOOLS.name, HOSTING_TOOLS.available, HOSTING_TOOLS.install, "nginx serving the intranet build (APPRAISE_OFFICE_JS=local)", () => {
    let dir = "";
    let build = "";
    let certs: Certificates;
    let server: RunningNginx | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "appraise-nginx-intranet-"));
      build = path.join(dir, "addin");
      certs = makeCertificates(dir);
      const home = path.join(dir, "home");
      trustInNss(home, certs.caFile);
      // The build addinBuild.e2e.test.ts opens from a plain server, here from nginx.
      const env = { APPRAISE_PROD_URL: INTRANET_URL, APPRAISE_OFFICE_JS: "local", APPRAISE_SOURCE_MAPS: "" };
      await launchWhileBuilding([buildPage(build, "webpack.config.js", env)], (b) => (browser = b), { env: { ...process.env, HOME: home } });
      server = await startNginx(path.join(dir, "site"), build, certs);
    }, 400_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (dir !== "") rmSync(dir, { recursive: true, force: true });
    });

    it("serves every file of the intranet build, office-js/ included, with its kind's MIME type and cache header", async () => {
      const files = filesOf(build);
      expect(files).toEqual(expect.arrayContaining(["taskpane.html", "manifest.xml", "office-js/office.js", "office-js/zh-cn/office_strings.js"]));
      expect(await wrongHeaders(build, server?.origin ?? "", certs.ca)).toEqual([]);
    }, 120_000);

    it("loads taskpane.html and Microsoft's office.js through nginx in a Chromium trusting the CA: no request leaves the server", async () => {
      if (browser === undefined) throw new Error("No browser");
      const origin = server?.origin ?? "";
      const context = await browser.newContext({ viewport: PANE, locale: "zh-CN" });
      const outside: string[] = [];
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`)) return route.continue();
        outside.push(url);
        return route.abort("blockedbyclient");
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const responses: Response[] = [];
      page.on("response", (r) => void responses.push(r));
      const logs: string[] = [];
      page.on("console", (m) => void logs.push(`${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => void logs.push(`page error: ${e.message}`));
      try {
        const main = await page.goto(`${origin}/taskpane.html`, { waitUntil: "networkidle" });
        const security = await main?.securityDetails();
        expect([security?.issuer, security?.subjectName]).toEqual(["Appraise test CA", "127.0.0.1"]);
        // Microsoft's office.js ran (not a stand-in) and, outside Office, found no host: the guard says where the pane runs.
        expect(await page.evaluate(() => typeof (window as unknown as { OSF?: unknown }).OSF)).toBe("object");
        expect(logs).toContain("log: Warning: Office.js is loaded outside of Office client");
        await page.locator("#appraise-unsupported").waitFor();
        expect(await page.evaluate(() => document.documentElement.getAttribute("data-appraise-unsupported"))).toBe("outside");
        expect(await page.locator("#appraise-unsupported").innerText()).toContain("需要在 Excel 中打开");
        // The pane's entry stands down (no "Excel is not defined"): no page error at all.
        expect(logs.filter((l) => l.startsWith("page error:"))).toEqual([]);

        // Every response came from nginx, a 200 with its kind's MIME type and cache header; office.js and the file it loads itself are unhashed, so revalidated.
        const seen = await Promise.all(
          responses.map(async (r) => [r.url().replace(origin, ""), r.status(), await r.headerValue("content-type"), await r.headerValue("cache-control")]),
        );
        const want = seen.map(([url]) => {
          const kind = expectedFor(String(url).slice(1));
          return [url, 200, kind?.type, kind?.cache];
        });
        expect(seen).toEqual(want);
        const officeJs = seen.filter(([url]) => String(url).startsWith("/office-js/"));
        expect(officeJs).toEqual([
          ["/office-js/office.js", 200, "text/javascript; charset=utf-8", REVALIDATE],
          ["/office-js/o15apptofilemappingtable.js", 200, "text/javascript; charset=utf-8", REVALIDATE],
        ]);
        expect(seen.map(([url]) => url)).toEqual(expect.arrayContaining(["/taskpane.html", expect.stringMatching(/^\/taskpane\.[0-9a-f]{8}\.js$/)]));
        expect(outside).toEqual([]);
      } finally {
        await context.close();
      }
    }, 90_000);
  });
});
