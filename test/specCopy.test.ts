/**
 * The contract in the repository (docs/SPEC.md) is the shared SPEC.md: where
 * the shared folder is beside the checkout (a developer's machine, CI), the
 * two must be equal, so the README's link never points at a stale copy.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..");
const SHARED = path.join(ROOT, "..", "shared", "SPEC.md");

describe("docs/SPEC.md", () => {
  it("is the contract the README links to, and equals the shared SPEC.md where that is beside the checkout", () => {
    const copy = readFileSync(path.join(ROOT, "docs", "SPEC.md"), "utf8");
    expect(copy).toContain("# Appraise — rules and workbook contract");
    if (existsSync(SHARED)) expect(copy).toBe(readFileSync(SHARED, "utf8"));
  });
});
