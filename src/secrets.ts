import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The pepper mixed into code hashes: CODE_PEPPER when set, otherwise a random
 * one kept in DATA_DIR/pepper (created once, mode 0600), so a database dump
 * alone does not reveal codes.
 */
export async function loadPepper(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = join(dataDir, "pepper");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    await mkdir(dataDir, { recursive: true });
    const pepper = randomBytes(32).toString("hex");
    await writeFile(file, pepper, { mode: 0o600, flag: "wx" }).catch(() => {});
    return (await readFile(file, "utf8")).trim();
  }
}
