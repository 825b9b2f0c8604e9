/**
 * Appraise's version, written to every RunLog row and the JSON report. Kept
 * equal to package.json's "version" (a test checks it), so the build needs no
 * JSON import.
 */
export const VERSION = "0.1.0";
