/**
 * Consistent snapshots of the whole database and their restore.
 * - PGlite (DATA_DIR): PGlite's own data-directory dump (a gzipped tar) taken while this process
 *   holds the directory's lock, so no app writes meanwhile; restore loads it into a fresh
 *   directory and keeps the old one beside it (never deleted).
 * - PostgreSQL (DATABASE_URL): pg_dump's custom format; restore with pg_restore --clean.
 * The pepper (CODE_PEPPER or DATA_DIR/pepper) is not in a snapshot on purpose: a dump alone
 * must not reveal one-time codes. Keep it with the backups' secrets.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { lockDataDir } from "./data-dir-lock.js";

const run = promisify(execFile);

export interface BackupTarget {
  /** postgres:// URL; when absent the embedded database in dataDir */
  url?: string;
  dataDir: string;
}

/** "2026-12-01T09-15-30Z": sortable and safe in file names. */
export function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}

/** Writes a snapshot into `outDir`; returns its path. */
export async function backupDatabase(t: BackupTarget, outDir: string, now: Date): Promise<string> {
  await mkdir(outDir, { recursive: true });
  if (t.url) {
    const file = resolve(outDir, `review-${stamp(now)}.dump`);
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, t.url]);
    return file;
  }
  const file = resolve(outDir, `review-${stamp(now)}.pglite.tar.gz`);
  await stat(join(t.dataDir, "PG_VERSION")).catch(() => {
    throw new Error(`There is no embedded database in ${t.dataDir}: nothing to back up.`);
  });
  const unlock = lockDataDir(t.dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create(t.dataDir);
    try {
      const dump = await db.dumpDataDir("gzip");
      await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
  return file;
}

/** Restores a snapshot made by backupDatabase; returns where the replaced data went (PGlite). */
export async function restoreDatabase(t: BackupTarget, file: string): Promise<string | undefined> {
  await stat(file); // a clear ENOENT before anything is touched
  if (t.url) {
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${t.url}`, file]);
    return undefined;
  }
  const dir = resolve(t.dataDir);
  const aside = `${dir}.before-restore-${stamp(new Date())}`;
  const existed = await stat(dir).then(
    () => true,
    () => false,
  );
  if (existed) {
    // refuses while the app runs on it; moved aside while locked (the lock goes along)
    const unlock = lockDataDir(dir);
    await rename(dir, aside);
    unlock();
  }
  await mkdir(dir, { recursive: true });
  const release = lockDataDir(dir);
  try {
    // the pepper is not in the snapshot: keep this installation's
    await copyFile(join(aside, "pepper"), join(dir, "pepper")).catch(() => {});
    const { PGlite } = await import("@electric-sql/pglite");
    const bytes = await readFile(file);
    const db = await PGlite.create(dir, { loadDataDir: new Blob([bytes]) });
    await db.close();
  } finally {
    release();
  }
  return existed ? aside : undefined;
}
