/**
 * Every kind of file that is not a workbook Appraise can read gets its own
 * reason and next step, in the user's language, and exit status 2: never
 * one sentence for all, never a crash, and nothing written.
 */
import * as fs from "node:fs";
import * as path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
import CFB = require("cfb");
import { writeZip } from "../../src/workbook/xlsx/zip";
import { rewriteZip } from "../helpers/workbooks";
import { runCli, sofficeConvert, tempDir, writeDemoInput } from "../helpers/cli";
import { describeWith, SOFFICE } from "../helpers/external";

let dir: string;
beforeAll(() => void (dir = tempDir()));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: string | Uint8Array): string => {
  fs.writeFileSync(path.join(dir, name), bytes);
  return name;
};

/** Runs score on a file in both languages; both must fail with exit 2 and write no copy. */
async function refused(name: string): Promise<{ en: string; zh: string }> {
  const out = `${name}.out.xlsx`;
  const en = await runCli(["score", name, "--out", out, "--lang", "en"], dir);
  const zh = await runCli(["score", name, "--out", out, "--lang", "zh"], dir);
  for (const run of [en, zh]) {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  }
  expect(fs.existsSync(path.join(dir, out))).toBe(false);
  return { en: en.stderr, zh: zh.stderr };
}

/**
 * An encrypted workbook as Excel saves one (MS-OFFCRYPTO 2.3.4): an OLE
 * compound file with the EncryptionInfo stream (agile encryption: version
 * 4.4, then its XML descriptor) and the EncryptedPackage stream (the
 * package's size, then its ciphertext; random bytes here, as no tool on
 * Debian 12 writes encrypted OOXML: msoffcrypto-tool 5.0 only decrypts).
 */
function encryptedWorkbook(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>'),
  ]);
  CFB.utils.cfb_add(cfb, "/EncryptionInfo", info);
  const pkg = Buffer.alloc(4096, 0x5a);
  pkg.writeUInt32LE(4088, 0);
  CFB.utils.cfb_add(cfb, "/EncryptedPackage", pkg);
  return CFB.write(cfb, { type: "buffer" }) as Uint8Array;
}

describe("appraise score refuses each kind of unreadable file with its own reason", () => {
  it("an empty file", async () => {
    const { en, zh } = await refused(file("empty.xlsx", ""));
    expect(en).toBe(
      "Cannot read empty.xlsx: the file is empty (0 bytes): it may not have finished saving or copying. Open the original workbook in Excel, save it again and retry.\n",
    );
    expect(zh).toBe("无法读取 empty.xlsx：文件是空的（0 字节），可能没有保存完或没有复制完整。请在 Excel 中重新打开原工作簿并保存后再试。\n");
  });

  it("a text file", async () => {
    const { en, zh } = await refused(file("notes.xlsx", "考评工作要点\n请于月底前报送。\n"));
    expect(en).toBe("Cannot read notes.xlsx: this is a text file, not an Excel workbook. Name an .xlsx workbook.\n");
    expect(zh).toBe("无法读取 notes.xlsx：这是文本文件，不是 Excel 工作簿。请指定 .xlsx 工作簿。\n");
  });

  it("a CSV file", async () => {
    const { en, zh } = await refused(file("units.csv", "单位,类别\n区发改局,经济管理类和其他类\n区财政局,经济管理类和其他类\n"));
    expect(en).toBe(
      "Cannot read units.csv: this is CSV text, not a workbook: Appraise reads Excel tables in a workbook. Make one with `appraise template`, paste these rows into its tables, save it as .xlsx and retry.\n",
    );
    expect(zh).toContain("无法读取 units.csv：这是 CSV 文本文件，不是工作簿");
  });

  it("a password-protected (encrypted) workbook", async () => {
    const { en, zh } = await refused(file("locked.xlsx", encryptedWorkbook()));
    expect(en).toBe(
      "Cannot read locked.xlsx: the workbook is password-protected (encrypted). Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and retry.\n",
    );
    expect(zh).toContain("无法读取 locked.xlsx：工作簿设置了打开密码（已加密）");
  });

  it("a zip that is not a workbook", async () => {
    const zip = writeZip(new Map([["readme.txt", new TextEncoder().encode("hello")]]));
    const { en, zh } = await refused(file("archive.xlsx", zip));
    expect(en).toBe(
      "Cannot read archive.xlsx: this is a zip archive but not an Excel workbook (it has no xl/workbook.xml). If the workbook is inside the archive, extract it first.\n",
    );
    expect(zh).toContain("这是 zip 压缩包，但不是 Excel 工作簿");
  });

  it("a directory", async () => {
    fs.mkdirSync(path.join(dir, "folder.xlsx"));
    const { en, zh } = await refused("folder.xlsx");
    expect(en).toBe("Cannot read folder.xlsx: it is a folder, not a file [EISDIR]\n");
    expect(zh).toBe("无法读取 folder.xlsx：这是文件夹，不是文件 [EISDIR]\n");
  });

  it("a file that does not exist", async () => {
    const { en, zh } = await refused("missing.xlsx");
    expect(en).toBe("Cannot read missing.xlsx: there is no such file or folder; check the name and the folder [ENOENT]\n");
    expect(zh).toBe("无法读取 missing.xlsx：没有这个文件或文件夹，请检查名称和位置 [ENOENT]\n");
  });

  it("a truncated workbook", async () => {
    const whole = fs.readFileSync(await writeDemoInput(dir, "whole.xlsx"));
    const { en } = await refused(file("cut.xlsx", whole.subarray(0, Math.floor(whole.length / 2))));
    expect(en).toBe(
      "Cannot read cut.xlsx: the file is damaged (an incomplete or truncated zip package); it may not have been copied completely. Copy it again, or open the original in Excel and save it again.\n",
    );
  });

  it("a workbook with a damaged part names the part and the cause", async () => {
    const whole = fs.readFileSync(await writeDemoInput(dir, "whole2.xlsx"));
    const broken = rewriteZip(whole, (name, text) => (name === "xl/worksheets/sheet2.xml" ? text.replace("</sheetData>", "") : text));
    const { en, zh } = await refused(file("broken.xlsx", broken));
    expect(en).toMatch(
      /^Cannot read broken\.xlsx: the workbook's part xl\/worksheets\/sheet2\.xml is damaged \(\d+:\d+: .+\)\. Open the workbook in Excel and save it again/,
    );
    expect(zh).toMatch(/^无法读取 broken\.xlsx：工作簿的部件 xl\/worksheets\/sheet2\.xml 已损坏/);
  });

  it("a workbook whose relationship points at a missing part names it", async () => {
    const whole = fs.readFileSync(await writeDemoInput(dir, "whole3.xlsx"));
    const broken = rewriteZip(whole, (name, text) => (name === "xl/tables/table1.xml" ? null : text));
    const { en } = await refused(file("holed.xlsx", broken));
    expect(en).toMatch(
      /the workbook's part xl\/worksheets\/_rels\/sheet1\.xml\.rels is damaged \(relationship rId\d+ refers to \.\.\/tables\/table1\.xml, which is not in the package\)/,
    );
  });
});

describeWith(
  "LibreOffice (soffice)",
  SOFFICE,
  "apt-get install -y --no-install-recommends libreoffice-calc-nogui",
  "files LibreOffice writes in other formats",
  () => {
    let xls: string;
    let ods: string;
    beforeAll(async () => {
      const input = await writeDemoInput(dir, "demo.xlsx");
      xls = path.basename(sofficeConvert(input, "xls", dir));
      ods = path.basename(sofficeConvert(input, "ods", dir));
    }, 240_000);

    it("an Excel 97–2003 .xls", async () => {
      const { en, zh } = await refused(xls);
      expect(en).toBe(
        "Cannot read demo.xls: this is an Excel 97–2003 workbook (.xls). Open it in Excel or WPS and save it as an Excel Workbook (.xlsx), then retry.\n",
      );
      expect(zh).toBe("无法读取 demo.xls：这是 Excel 97–2003 工作簿（.xls）。请在 Excel 或 WPS 中打开它，“另存为” Excel 工作簿（.xlsx）后再试。\n");
    });

    it("an OpenDocument spreadsheet (.ods)", async () => {
      const { en, zh } = await refused(ods);
      expect(en).toBe(
        "Cannot read demo.ods: this is an OpenDocument spreadsheet (.ods). Open it in LibreOffice, WPS or Excel and save it as an Excel Workbook (.xlsx), then retry.\n",
      );
      expect(zh).toContain("这是 OpenDocument 电子表格（.ods）");
    });
  },
);
