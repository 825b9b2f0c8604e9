import { deflateRawSync, inflateRawSync } from "node:zlib";
import { readZip } from "./zip";
import { deflateRaw, deflateRawLater } from "./deflate";
import { readRawEntries, zipParts } from "./rawZip";
import { sameBytes } from "./bytes";

const sheet = new TextEncoder().encode(
  Array.from(
    { length: 4000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${(i * 7919) % 1000}</v></c><c r="B${i + 1}"><v>${i / 3}</v></c></row>`,
  ).join("") + "区发改局",
);

describe("deflating on the thread pool (deflate.ts deflateRawLater)", () => {
  it("gives the bytes deflateRaw gives, which inflate back to the part", async () => {
    const later = await deflateRawLater(sheet);
    expect(later).not.toBeNull();
    expect(sameBytes(later!, deflateRaw(sheet))).toBe(true);
    expect(sameBytes(later!, deflateRawSync(sheet, { level: 6 }))).toBe(true);
    expect(sameBytes(inflateRawSync(later!), sheet)).toBe(true);
  });
});

describe("zipParts", () => {
  const small = new TextEncoder().encode('<?xml version="1.0"?><workbook/>');

  it("stores the same entries whether a part was sent to be deflated ahead or is deflated there", async () => {
    const ahead = await zipParts([
      { name: "xl/worksheets/sheet1.xml", content: sheet, deflating: deflateRawLater(sheet) },
      { name: "xl/workbook.xml", content: small },
    ]);
    const there = await zipParts([
      { name: "xl/worksheets/sheet1.xml", content: sheet },
      { name: "xl/workbook.xml", content: small },
    ]);
    const [a, b] = [readRawEntries(ahead), readRawEntries(there)];
    expect([...a.keys()]).toEqual(["xl/worksheets/sheet1.xml", "xl/workbook.xml"]);
    for (const [name, entry] of a) {
      expect(entry.compression).toBe(8);
      expect(sameBytes(entry.data, b.get(name)!.data)).toBe(true);
    }
    expect(sameBytes(readZip(ahead).get("xl/worksheets/sheet1.xml")!, sheet)).toBe(true);
    expect(sameBytes(readZip(ahead).get("xl/workbook.xml")!, small)).toBe(true);
  });

  it("deflates a part again when the thread pool gave nothing, and keeps a carried-over part's bytes", async () => {
    const carried = { compression: 8, data: deflateRawSync(small, { level: 1 }) };
    const zip = await zipParts([
      { name: "a.xml", content: sheet, deflating: Promise.resolve(null) },
      { name: "b.xml", content: small, raw: carried },
    ]);
    const raw = readRawEntries(zip);
    expect(sameBytes(raw.get("a.xml")!.data, deflateRaw(sheet))).toBe(true);
    expect(sameBytes(raw.get("b.xml")!.data, carried.data)).toBe(true);
    expect(sameBytes(readZip(zip).get("b.xml")!, small)).toBe(true);
  });
});
