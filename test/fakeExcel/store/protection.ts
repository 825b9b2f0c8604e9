/**
 * Sheet protection (Review › Protect Sheet, or WorksheetProtection): while a
 * sheet is protected, every change to its cells, tables or column widths is
 * refused before anything of it is applied (the other modules call guard).
 */
import { FakeExcelError } from "../errors";
import type { Journal } from "./journal";
import type { SheetList } from "./sheets";

export class Protection {
  constructor(
    private readonly journal: Journal,
    private readonly sheets: SheetList,
  ) {}

  /**
   * Refuses a change to a protected sheet before anything of it is applied.
   * Excel answers an API write to a locked cell of a protected sheet with
   * AccessDenied, "You cannot perform the requested operation."
   * (microsoftgraph/microsoft-graph-docs#4546 shows the same answer through
   * Graph); the fake treats every cell as locked, Excel's default.
   */
  guard(sheetId: string): void {
    const sheet = this.sheets.sheetById(sheetId);
    if (sheet.protection.on) throw new FakeExcelError("AccessDenied", "You cannot perform the requested operation.", "Range");
  }

  /**
   * WorksheetProtection.protect: "Fails if the worksheet has already been
   * protected" (@types/office-js), with AccessDenied as hosts answer it
   * (OfficeDev/office-js#6784).
   */
  protectSheet(sheetId: string, password: string | null): void {
    const sheet = this.sheets.sheetById(sheetId);
    if (sheet.protection.on) throw new FakeExcelError("AccessDenied", "The worksheet is already protected.", "WorksheetProtection.protect");
    const before = sheet.protection;
    sheet.protection = { on: true, password };
    this.journal.remember(() => (sheet.protection = before));
  }

  /** WorksheetProtection.unprotect: fails on an unprotected sheet (OfficeDev/office-js#6784) and with a wrong password. */
  unprotectSheet(sheetId: string, password: string | null): void {
    const sheet = this.sheets.sheetById(sheetId);
    if (!sheet.protection.on) throw new FakeExcelError("AccessDenied", "The worksheet is not protected.", "WorksheetProtection.unprotect");
    if ((sheet.protection.password ?? "") !== (password ?? ""))
      throw new FakeExcelError("InvalidArgument", "The password is incorrect.", "WorksheetProtection.unprotect");
    const before = sheet.protection;
    sheet.protection = { on: false, password: null };
    this.journal.remember(() => (sheet.protection = before));
  }
}
