/**
 * The shipped nginx configuration (deploy/nginx/appraise.conf), started as an
 * office would start it: a throwaway internal CA and a server certificate
 * made with openssl, the five lines marked "改/CHANGE" changed as the README
 * says (port, host name, build folder, certificate, key) and nothing else,
 * included in an http { } block like Debian's /etc/nginx/nginx.conf.
 *
 * Needs Debian's nginx, openssl and certutil (libnss3-tools, to make Chromium
 * trust the CA as a PC in the office would); `npm run setup:tools` installs them.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import path from "node:path";
import { NGINX } from "../../helpers/external";
import { ROOT } from "./browser";

/**
 * The folder that is hosted: what `npm run build` writes for the web server
 * (dist/addin/).
 */
export const ADDIN_BUILD = path.join(ROOT, "dist", "addin");

/** The configuration an office copies to /etc/nginx/sites-available/. */
export const SHIPPED_CONFIG = path.join(ROOT, "deploy", "nginx", "appraise.conf");

/** The marker on the lines an office changes (the README names it). */
export const CHANGE_MARKER = "# 改/CHANGE";

export interface Certificates {
  /** The CA's certificate (PEM): what every PC in the office trusts. */
  readonly ca: string;
  readonly caFile: string;
  /** The server's certificate for 127.0.0.1, signed by the CA, and its key. */
  readonly certFile: string;
  readonly keyFile: string;
}

/** A throwaway CA and a certificate for 127.0.0.1 signed by it, in `dir` (the README's openssl commands). */
export function makeCertificates(dir: string): Certificates {
  const file = (name: string) => path.join(dir, name);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  run(
    ["req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=Appraise test CA"].concat([
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    ]),
  );
  run(["req", ...ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"]);
  writeFileSync(
    file("server.ext"),
    "subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
  );
  run([
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    "ca.crt",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "server.crt",
    "-days",
    "2",
    "-extfile",
    "server.ext",
  ]);
  return { ca: readFileSync(file("ca.crt"), "utf8"), caFile: file("ca.crt"), certFile: file("server.crt"), keyFile: file("server.key") };
}

/** An NSS database under `home` (as $HOME/.pki/nssdb) that trusts the CA for web servers, as a PC in the office does. */
export function trustInNss(home: string, caFile: string): void {
  const db = `sql:${path.join(home, ".pki", "nssdb")}`;
  mkdirSync(path.join(home, ".pki", "nssdb"), { recursive: true });
  execFileSync("certutil", ["-N", "-d", db, "--empty-password"], { stdio: "pipe" });
  execFileSync("certutil", ["-A", "-d", db, "-n", "Appraise test CA", "-t", "C,,", "-i", caFile], { stdio: "pipe" });
}

/** What an office puts on the five marked lines. */
export interface SiteValues {
  readonly listen: string;
  readonly serverName: string;
  readonly root: string;
  readonly certificate: string;
  readonly key: string;
}

const DIRECTIVES: Readonly<Record<string, keyof SiteValues>> = {
  listen: "listen",
  server_name: "serverName",
  root: "root",
  ssl_certificate: "certificate",
  ssl_certificate_key: "key",
};

/**
 * The shipped configuration with the first value of each marked line
 * replaced (what the README tells an office to do); throws when a marked
 * line is not one of the five, or one of the five is not marked.
 */
export function changeMarkedLines(config: string, values: SiteValues): string {
  const changed = new Set<string>();
  const lines = config.split("\n").map((line) => {
    if (!line.includes(CHANGE_MARKER)) return line;
    const m = /^(\s*)([a-z_]+)(\s+)(\S+?)(;|\s)/.exec(line);
    const key = m === null ? undefined : DIRECTIVES[m[2]];
    if (m === null || key === undefined) throw new Error(`A line marked ${CHANGE_MARKER} the README does not name: ${line}`);
    changed.add(m[2]);
    return `${m[1]}${m[2]}${m[3]}${values[key]}${line.slice(m[0].length - m[5].length)}`;
  });
  const missing = Object.keys(DIRECTIVES).filter((d) => !changed.has(d));
  if (missing.length > 0) throw new Error(`Not marked ${CHANGE_MARKER}: ${missing.join(", ")}`);
  return lines.join("\n");
}

/** A port on 127.0.0.1 that nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("No free port");
  return address.port;
}

/** The http { } block around the site(s), as Debian's /etc/nginx/nginx.conf has it (its mime.types and gzip), with paths in `dir`. */
export function mainConfig(dir: string, ...sites: string[]): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${path.join(dir, t)};`).join(" ");
  return [
    // As root, nginx's workers would drop to nobody, who cannot read a checkout under /root or /work.
    process.getuid?.() === 0 ? "user root root;" : "",
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")};`,
    "events { worker_connections 64; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  gzip on;",
    `  access_log ${path.join(dir, "access.log")};`,
    `  ${temp}`,
    ...sites.map((site) => `  include ${site};`),
    "}",
    "",
  ].join("\n");
}

export interface RunningNginx {
  readonly origin: string;
  /** nginx -t's output on the configuration it runs. */
  readonly checked: string;
  /** The site's configuration as started: the shipped one, its marked lines changed. */
  readonly site: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx in the foreground on 127.0.0.1 with the shipped site (`config`:
 * the Excel add-in's by default, or deploy/nginx/appraise-wps.conf) serving
 * `root`; resolves when it accepts connections.
 */
export async function startNginx(dir: string, root: string, certs: Certificates, config = SHIPPED_CONFIG): Promise<RunningNginx> {
  const port = await freePort();
  mkdirSync(dir, { recursive: true });
  const site = path.join(dir, "appraise.conf");
  const values = { listen: `127.0.0.1:${port}`, serverName: "127.0.0.1", root, certificate: certs.certFile, key: certs.keyFile };
  const changed = changeMarkedLines(readFileSync(config, "utf8"), values);
  writeFileSync(site, changed);
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, mainConfig(dir, site));
  const args = ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log")];
  const test = spawnSync(NGINX, ["-t", ...args], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child = spawn(NGINX, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  await waitForPort(port, child, () => stderr);
  return { origin: `https://127.0.0.1:${port}`, checked: test.stderr, site: changed, stop: () => stop(child) };
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${stderr()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGTERM");
  throw new Error(`nginx did not listen on ${port}:\n${stderr()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    // SIGQUIT: nginx's graceful stop (the master waits for its worker).
    child.kill("SIGQUIT");
  });
}
