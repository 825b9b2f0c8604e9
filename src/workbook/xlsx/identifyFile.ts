/**
 * What a file given as a workbook really is, from its first bytes and, for a
 * zip, the names of its parts: so a file Appraise cannot read gets its own
 * reason and next step ("an Excel 97–2003 .xls: save it as .xlsx") instead of
 * one sentence for all.
 */
import { includesBytes, utf16leBytes } from "./bytes";
import { looksLikeZip, readZip, ZipError, zipNames } from "./zip";

export type FileKind =
  /** An .xlsx or .xlsm package: has xl/workbook.xml. */
  | "workbook"
  | "empty"
  /** Excel 97–2003 (.xls, BIFF in an OLE compound file). */
  | "xls"
  /** An encrypted (password-protected) Office file: an OLE compound file holding EncryptedPackage. */
  | "encrypted"
  /** Another OLE compound file (.doc, .ppt, .msg…). */
  | "ole"
  /** OpenDocument spreadsheet (.ods). */
  | "ods"
  /** Another OpenDocument file (.odt…). */
  | "opendocument"
  /** Excel binary workbook (.xlsb). */
  | "xlsb"
  /** Word or PowerPoint (.docx, .pptx). */
  | "otherOffice"
  /** A zip that is not an Office or OpenDocument file. */
  | "zip"
  /** Starts like a zip but the zip cannot be read (truncated, damaged). */
  | "damagedZip"
  /** Excel 2003 XML Spreadsheet (SpreadsheetML 2003). */
  | "xml2003"
  | "html"
  | "pdf"
  /** Text with commas, semicolons or tabs between fields. */
  | "csv"
  | "text"
  | "unknown";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The UTF-16LE bytes of a name, as an OLE directory entry stores it. */
const utf16 = utf16leBytes;

/**
 * What an OLE compound file holds, from its directory's entry names: an
 * encrypted OOXML file keeps its package in a stream named EncryptedPackage
 * (MS-OFFCRYPTO 2.3.4); an .xls keeps BIFF in one named Workbook (or Book,
 * for Excel 5/95) (MS-XLS 2.1.2). Names are stored in UTF-16LE, so finding
 * them in the bytes is enough to tell the kinds apart.
 */
function oleKind(buf: Uint8Array): FileKind {
  if (includesBytes(buf, utf16("EncryptedPackage")) || includesBytes(buf, utf16("EncryptionInfo"))) return "encrypted";
  if (includesBytes(buf, utf16("Workbook")) || includesBytes(buf, utf16("Book\0"))) return "xls";
  return "ole";
}

function zipKind(buf: Uint8Array): FileKind {
  let names: string[];
  try {
    names = zipNames(buf);
  } catch (e) {
    if (e instanceof ZipError) return "damagedZip";
    throw e;
  }
  const has = (name: string): boolean => names.includes(name);
  if (has("xl/workbook.xml") || names.some((n) => /^xl\/[^/]*workbook[^/]*\.xml$/i.test(n))) return "workbook";
  if (has("xl/workbook.bin")) return "xlsb";
  if (has("mimetype")) {
    const type = new TextDecoder().decode(readZip(buf, (n) => n === "mimetype").get("mimetype") ?? new Uint8Array());
    return type.trim() === "application/vnd.oasis.opendocument.spreadsheet" ? "ods" : "opendocument";
  }
  if (names.some((n) => n.startsWith("word/") || n.startsWith("ppt/"))) return "otherOffice";
  return "zip";
}

/** True when the bytes decode as UTF-8 (or start with a BOM) and hold no NUL: a text file. */
function isText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    // GB18030 text (common for CSV files saved on Chinese Windows) is not UTF-8, but has no NUL and no bytes below 0x09 besides tab and newlines.
    return !head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20));
  }
}

/**
 * The kind of file, from its bytes.
 * @example
 * identifyFile(new Uint8Array(0)) //=> "empty"
 * identifyFile(new TextEncoder().encode("单位,类别\n区发改局,经济\n")) //=> "csv"
 */
export function identifyFile(buf: Uint8Array): FileKind {
  if (buf.length === 0) return "empty";
  if (OLE_MAGIC.every((b, i) => buf[i] === b)) return oleKind(buf);
  if (looksLikeZip(buf)) return zipKind(buf);
  const head = buf.subarray(0, 4096);
  if (String.fromCharCode(...head.subarray(0, 5)) === "%PDF-") return "pdf";
  if (!isText(head)) return "unknown";
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^<\?xml/i.test(text) && /urn:schemas-microsoft-com:office:spreadsheet/.test(text)) return "xml2003";
  if (/^<(!doctype html|html|\?xml)/i.test(text) || /<table[\s>]/i.test(text)) return "html";
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  const fieldSeparated = lines.length > 0 && lines.every((l) => /[,;\t，]/.test(l));
  return fieldSeparated ? "csv" : "text";
}
