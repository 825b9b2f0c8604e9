import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { concatBytes, includesBytes, sameBytes, utf16leBytes } from "./bytes";
import { crc32, deflateRaw, deflateRawLater, inflateRaw } from "./deflateBrowser";

const text = new TextEncoder().encode('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'.repeat(500) + "区发改局");

describe("the browser's deflate (fflate) against Node's zlib", () => {
  it("gives zlib's CRC-32", () => {
    for (const data of [new Uint8Array(0), text, text.subarray(1, 77)]) expect(crc32(data)).toBe(zlibCrc32(data));
  });

  it("inflates what zlib deflated, and zlib inflates what it deflated", () => {
    expect(sameBytes(inflateRaw(deflateRawSync(text)), text)).toBe(true);
    expect(sameBytes(inflateRawSync(deflateRaw(text)), text)).toBe(true);
  });

  it("has deflate.ts's deflateRawLater, giving its own deflateRaw's bytes", async () => {
    const later = await deflateRawLater(text);
    expect(later).not.toBeNull();
    expect(sameBytes(later!, deflateRaw(text))).toBe(true);
  });
});

describe("byte helpers", () => {
  it("agree with Buffer's", () => {
    const a = Buffer.from("abc"),
      b = Buffer.from("defg");
    expect(Buffer.from(concatBytes([a, b]))).toEqual(Buffer.concat([a, b]));
    expect(sameBytes(Buffer.from("ab"), Buffer.from("ab"))).toBe(true);
    expect(sameBytes(Buffer.from("ab"), Buffer.from("ac"))).toBe(false);
    expect(Buffer.from(utf16leBytes("Workbook"))).toEqual(Buffer.from("Workbook", "utf16le"));
    const hay = Buffer.concat([Buffer.from([0, 87, 0, 87]), Buffer.from("Workbook", "utf16le")]);
    expect(includesBytes(hay, utf16leBytes("Workbook"))).toBe(true);
    expect(includesBytes(hay, utf16leBytes("Book\0"))).toBe(false);
  });
});
