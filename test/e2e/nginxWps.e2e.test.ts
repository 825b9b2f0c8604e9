/**
 * The shipped web server configuration for the WPS 表格 add-in
 * (deploy/nginx/appraise-wps.conf) serving dist/wps/ over HTTPS, as an office
 * runs it for WPS's online mode: Debian's nginx on 127.0.0.1, a throwaway
 * internal CA's certificate, only the five lines the README says to change
 * changed (helpers/nginx.ts, as for the Excel add-in's site).
 *
 * What WPS fetches is fetched the same way, trusting the CA alone: the list
 * oem.ini's JSPluginsServer names (jsplugins.xml), the add-in folder its
 * <jspluginonline url> names (ribbon.xml, index.html), and every file
 * ribbon.xml, index.html, the pane (taskpane.html, which the ribbon's script
 * opens beside index.html) and the ribbon's script (its icons) name; each is a 200 with its kind's
 * MIME type (XML as application/xml) and cache header (the lists, ribbon.xml
 * and the pages never cached). Then every file of dist/wps/, folders not
 * listed, only GET, no dot files; and the site enabled beside the Excel
 * add-in's passes nginx -t.
 *
 * dist/wps/ is `npm run build:wps`'s (webpack.wps.config.js, built into a
 * temporary folder) for APPRAISE_WPS_URL=https://appraise-wps.intranet.example/
 * (the README's example host): the URLs in jsplugins.xml are fetched by their
 * paths from the test's server. The build ships the Linux install script
 * beside its lists.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { request } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { describeWith, HOSTING_TOOLS, NGINX } from "../helpers/external";
import { addinFolder } from "../wps/helpers/distWps";
import { buildPage, ROOT } from "./helpers/browser";
import {
  CHANGE_MARKER,
  changeMarkedLines,
  mainConfig,
  makeCertificates,
  SHIPPED_CONFIG,
  startNginx,
  type Certificates,
  type RunningNginx,
} from "./helpers/nginx";

/** The configuration an office copies to /etc/nginx/sites-available/appraise-wps. */
const WPS_CONFIG = path.join(ROOT, "deploy", "nginx", "appraise-wps.conf");
/** Where the build says dist/wps/ is served (APPRAISE_WPS_URL). */
const WPS_URL = "https://appraise-wps.intranet.example/";
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const NO_STORE = "no-store";
const REVALIDATE = "no-cache";
const IMMUTABLE = "public, max-age=31536000, immutable";
const HASHED = /\.[0-9a-f]{8}\.(js|css|png|svg|woff2)$/;
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".sh": "text/x-sh; charset=utf-8",
};

/** The headers a file of dist/wps/ must have, by its path; null for a kind this test does not know (which fails it). */
function expectedFor(file: string): { type: string; cache: string } | null {
  const base = path.posix.basename(file);
  const listOrPage = /\.html$/.test(base) || /^(jsplugins|publish|ribbon)\.xml$/.test(base);
  const cache = listOrPage ? NO_STORE : HASHED.test(base) ? IMMUTABLE : REVALIDATE;
  const type = TYPES[path.posix.extname(base)];
  return type === undefined ? null : { type, cache };
}

interface Fetched {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** GET (or `method`) over HTTPS trusting only `ca`. */
function fetchWith(url: string, ca: string, method = "GET"): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, method, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}

/** What the response says, beside what its path needs. */
function seenAndWanted(file: string, got: Fetched) {
  const want = expectedFor(file);
  const seen = {
    file,
    status: got.status,
    type: got.headers["content-type"],
    cache: got.headers["cache-control"],
    nosniff: got.headers["x-content-type-options"],
  };
  return { seen, wanted: { file, status: 200, type: want?.type ?? "(a kind this test does not know)", cache: want?.cache, nosniff: "nosniff" } };
}

/** Every file under `dir`, as a URL path. */
function filesOf(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesOf(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** The values of `attribute` on every element of an XML or HTML text (src, href, image, url …). */
function attributeValues(text: string, attribute: string): string[] {
  // Quoted or not: the build minifies its pages (<script src=js/ribbon.js>).
  return [...text.matchAll(new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "g"))].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The files a page or ribbon.xml names beside it (relative references only: no scheme, no data:, no "#"). */
function namedFiles(text: string): string[] {
  const refs = ["src", "href", "image"].flatMap((a) => attributeValues(text, a));
  return refs.filter((r) => !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(r));
}

/** The icons the ribbon's script hands WPS (its GetImage), by their paths in it. */
const iconsIn = (script: string): string[] => [...new Set(script.match(/images\/[\w.-]+\.(?:svg|png)/g) ?? [])];

describeWith(
  HOSTING_TOOLS.name,
  HOSTING_TOOLS.available,
  HOSTING_TOOLS.install,
  "nginx with deploy/nginx/appraise-wps.conf serves dist/wps/ for WPS's online mode",
  () => {
    let dir = "";
    let dist = "";
    let certs: Certificates;
    let server: RunningNginx | undefined;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "appraise-nginx-wps-"));
      dist = path.join(dir, "wps");
      certs = makeCertificates(dir);
      await buildPage(dist, "webpack.wps.config.js", { APPRAISE_WPS_URL: WPS_URL });
      server = await startNginx(path.join(dir, "site"), dist, certs, WPS_CONFIG);
    }, 400_000);

    afterAll(async () => {
      await server?.stop();
      if (dir !== "") rmSync(dir, { recursive: true, force: true });
    });

    it("passes nginx -t with only the five marked lines changed, alone and beside the Excel add-in's site", () => {
      const shipped = readFileSync(WPS_CONFIG, "utf8").split("\n");
      const started = (server?.site ?? "").split("\n");
      expect(started).toHaveLength(shipped.length);
      const changed = shipped.filter((line, i) => line !== started[i]);
      expect(changed.map((line) => /^\s*([a-z_]+)/.exec(line)?.[1])).toEqual(["listen", "server_name", "root", "ssl_certificate", "ssl_certificate_key"]);
      expect(changed.every((line) => line.includes(CHANGE_MARKER))).toBe(true);
      expect(server?.checked).toContain("test is successful");
      expect(server?.checked).not.toMatch(/\[(warn|emerg|alert|crit)\]/);

      // Both sites in one nginx, as an office serving both add-ins from one server enables them.
      const both = path.join(dir, "both");
      mkdirSync(both);
      const values = (name: string) => ({ listen: "127.0.0.1:8443", serverName: name, root: dist, certificate: certs.certFile, key: certs.keyFile });
      const sites = [
        [SHIPPED_CONFIG, "excel.example"],
        [WPS_CONFIG, "wps.example"],
      ].map(([config, name]) => {
        const file = path.join(dir, `${name}.conf`);
        writeFileSync(file, changeMarkedLines(readFileSync(config, "utf8"), values(name)));
        return file;
      });
      writeFileSync(`${both}.conf`, mainConfig(both, ...sites));
      const test = spawnSync(NGINX, ["-t", "-p", dir, "-c", `${both}.conf`, "-e", path.join(dir, "both-error.log")], { encoding: "utf8" });
      expect(test.stderr).toContain("test is successful");
      expect(test.stderr).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
    });

    it("serves jsplugins.xml and every file it, ribbon.xml, index.html and the pane name, as WPS fetches them", async () => {
      const origin = server?.origin ?? "";
      const fetched: ReturnType<typeof seenAndWanted>[] = [];
      const get = async (file: string) => {
        const got = await fetchWith(`${origin}/${file}`, certs.ca);
        fetched.push(seenAndWanted(file, got));
        return got.body;
      };

      const list = await get("jsplugins.xml");
      // The online entry names the add-in's folder under the served URL.
      const urls = attributeValues(list, "url");
      expect(urls).toEqual([`${WPS_URL}${addinFolder(VERSION)}/`]);
      const folder = new URL(urls[0]).pathname.slice(1);

      const ribbon = await get(`${folder}ribbon.xml`);
      // WPS does not take a ribbon.xml that starts with an XML declaration.
      expect(ribbon.trimStart().startsWith("<customUI")).toBe(true);
      const pages = ["index.html", "taskpane.html"];
      const named = new Set([...namedFiles(ribbon), ...pages]);
      for (const page of pages) for (const ref of namedFiles(await get(`${folder}${page}`))) named.add(ref);
      // The ribbon's script and the pane's come through, not only the pages.
      expect([...named].filter((f) => f.endsWith(".js")).length).toBeGreaterThanOrEqual(2);
      const icons = new Set<string>();
      for (const file of named) {
        if (pages.includes(file)) continue;
        const body = await get(`${folder}${path.posix.normalize(file)}`);
        if (file.endsWith(".js")) for (const icon of iconsIn(body)) icons.add(icon);
      }
      // The ribbon's two icons, as its script hands them to WPS.
      expect(icons.size).toBeGreaterThanOrEqual(2);
      for (const icon of icons) await get(`${folder}${icon}`);

      expect(fetched.map((f) => f.seen)).toEqual(fetched.map((f) => f.wanted));
    }, 60_000);

    it("serves every file of dist/wps/ with its kind's MIME type and cache header: the lists never cached, XML as XML", async () => {
      const origin = server?.origin ?? "";
      const files = filesOf(dist);
      expect(files).toEqual(expect.arrayContaining(["jsplugins.xml", "publish.xml", "install-linux.sh", `${addinFolder(VERSION)}/ribbon.xml`]));
      // The build ships the Linux install script as it is in the repository.
      expect(readFileSync(path.join(dist, "install-linux.sh"), "utf8")).toBe(readFileSync(path.join(ROOT, "scripts", "wps", "install-linux.sh"), "utf8"));
      const results = await Promise.all(files.map(async (file) => seenAndWanted(file, await fetchWith(`${origin}/${file}`, certs.ca))));
      expect(results.map((r) => r.seen)).toEqual(results.map((r) => r.wanted));
      const publish = results.find((r) => r.seen.file === "publish.xml")?.seen;
      expect([publish?.type, publish?.cache]).toEqual(["application/xml; charset=utf-8", NO_STORE]);
    }, 60_000);

    it("lists no folder, answers only GET (and HEAD) and serves no dot file", async () => {
      const origin = server?.origin ?? "";
      for (const folder of ["/", `/${addinFolder(VERSION)}/`, `/${addinFolder(VERSION)}/js/`]) {
        expect((await fetchWith(`${origin}${folder}`, certs.ca)).status).toBe(404);
      }
      expect((await fetchWith(`${origin}/jsplugins.xml`, certs.ca, "POST")).status).toBe(403);
      expect((await fetchWith(`${origin}/jsplugins.xml`, certs.ca, "HEAD")).status).toBe(200);
      writeFileSync(path.join(dist, ".htpasswd"), "user:secret\n");
      expect((await fetchWith(`${origin}/.htpasswd`, certs.ca)).status).toBe(404);
    });
  },
);
