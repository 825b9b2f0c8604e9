/**
 * Every parser of the package adapter has its listener slots in one order,
 * whatever listeners it sets (saxParser.ts: the shape V8 sees), and none is
 * made another way.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";
import { saxParser } from "./saxParser";

const noop = (): void => undefined;

it("gives parsers with different listeners, set in different orders, the same properties in the same order", () => {
  const a = saxParser();
  a.on("closetag", noop);
  a.on("opentag", noop);
  const b = saxParser();
  b.on("text", noop);
  b.on("cdata", noop);
  b.on("opentag", noop);
  const c = saxParser();
  expect(Object.keys(b)).toEqual(Object.keys(a));
  expect(Object.keys(c)).toEqual(Object.keys(a));
  // saxes alone: the order follows the calls, which is what saxParser avoids.
  const d = new SaxesParser();
  d.on("closetag", noop);
  d.on("opentag", noop);
  const e = new SaxesParser();
  e.on("opentag", noop);
  e.on("closetag", noop);
  expect(Object.keys(d)).not.toEqual(Object.keys(e));
});

it("parses as saxes does", () => {
  const names: string[] = [];
  const parser = saxParser({ xmlns: true });
  parser.on("opentag", (tag) => names.push(`${tag.uri} ${tag.local}`));
  parser.write('<a xmlns="u" xmlns:r="v"><r:b/></a>').close();
  expect(names).toEqual(["u a", "v b"]);
  expect(() => saxParser({ xmlns: true }).write("<r:b/>").close()).toThrow(/unbound namespace prefix/);
});

it("is the only way the package adapter makes a parser", () => {
  const dir = __dirname;
  const makers = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "saxParser.ts")
    .filter((f) => /new SaxesParser\b/.test(readFileSync(path.join(dir, f), "utf8")));
  expect(makers).toEqual([]);
});
