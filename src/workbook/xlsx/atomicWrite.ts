/**
 * Writing a file atomically: to a temporary file beside it, then renamed
 * over it, so a failed run never leaves half a file behind and the previous
 * copy stays in place. A file replaced keeps its permissions, and a symbolic
 * link is followed (the file it names is replaced, the link stays a link).
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";

export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const target = await fs.realpath(file).catch(() => file);
  const mode = await fs.stat(target).then(
    (s) => s.mode & 0o7777,
    () => null,
  );
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    if (mode !== null) await fs.chmod(tmp, mode);
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}
