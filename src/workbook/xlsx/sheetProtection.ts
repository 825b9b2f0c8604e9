/**
 * The owned sheets are protected against accidental edits, without a
 * password (issue 11: a hand edit takes a deliberate step, Review › Unprotect
 * Sheet, and `appraise verify` still catches one). As in the add-in, the
 * protection still lets people select, filter, sort and widen columns: in
 * CT_SheetProtection (ECMA-376 Part 1, 18.3.1.85) an attribute set to 0
 * leaves that action allowed. No `password` or hash attribute: nobody has to
 * remember one, and Appraise lifts nothing to write (it writes the file's
 * XML, which the protection does not guard).
 */
export const SHEET_PROTECTION_XML = '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" autoFilter="0" sort="0"/>';
