/**
 * The command's exit statuses (SPEC section 7), apart from score.ts so that
 * main.ts can answer --help, --version and a wrong command line without
 * loading the commands (and ExcelJS with them: see commandModules.ts).
 */
export const EXIT = { ok: 0, strictErrors: 1, differs: 1, unreadable: 2 } as const;
