import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { DataDirLockedError, LOCK_FILE } from "../../src/db/data-dir-lock.js";

describe("the embedded data directory is used by one process at a time", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const newDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), "review-lock-"));
    dirs.push(dir);
    return dir;
  };

  it("a second opener is refused with a message naming the directory; after close it opens", async () => {
    const dir = await newDir();
    const first = await openDatabase({ dataDir: dir });
    const second = openDatabase({ dataDir: dir });
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(second).rejects.toThrow(dir);
    await first.close();
    const third = await openDatabase({ dataDir: dir });
    expect(await third.ping()).toBe(true);
    await third.close();
  });

  it("a lock held by another live process is respected", async () => {
    const dir = await newDir();
    // the test runner's parent process is alive for the whole test
    await writeFile(join(dir, LOCK_FILE), String(process.ppid));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`process ${process.ppid}`);
  });

  it("a lock left by a process that is gone (kill -9) is taken over", async () => {
    const dir = await newDir();
    const gone = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid;
    await writeFile(join(dir, LOCK_FILE), String(gone));
    const db = await openDatabase({ dataDir: dir });
    expect(await db.ping()).toBe(true);
    await db.close();
  });
});
