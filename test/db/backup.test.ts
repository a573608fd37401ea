/**
 * A backup restores what it saved: a campaign with answers, their history and an uploaded file,
 * on the embedded database (PGlite data-directory dump) and, with TEST_DATABASE_URL, on the
 * server (pg_dump / pg_restore).
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "../../src/db/backup.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { answerHistory, answers, campaigns, materials, responses } from "../../src/db/schema.js";
import { fillAnswers } from "../helpers/answers.js";
import { createTestDatabase, onServer, type TestDatabase } from "../helpers/db.js";
import { seedWorld } from "../helpers/seed.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "review-backup-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Seeds a campaign with a full questionnaire, one history entry and a file. */
async function seed(db: Database["db"]) {
  const w = await seedWorld(db, { telegramId: 5001 });
  const [resp] = await db
    .insert(responses)
    .values({ assignmentId: w.assignmentIds[0]!, status: "draft" })
    .returning();
  await fillAnswers(db, resp!.id);
  await db.insert(answerHistory).values({
    responseId: resp!.id,
    questionNo: 1,
    officialId: w.official.id,
    field: "justification",
    oldValue: null,
    newValue: "обоснование",
  });
  await db.insert(materials).values({
    responseId: resp!.id,
    kind: "note",
    fileName: "записка.pdf",
    mimeType: "application/pdf",
    size: 7,
    content: new Uint8Array([37, 80, 68, 70, 0, 255, 1]),
    uploadedBy: w.official.id,
  });
}

/** Everything the test compares, in a stable order. */
async function snapshot(db: Database["db"]) {
  return {
    campaigns: await db.select().from(campaigns),
    answers: await db.select().from(answers).orderBy(answers.questionNo),
    history: await db.select().from(answerHistory),
    materials: (await db.select().from(materials)).map((m) => ({
      ...m,
      content: Array.from(m.content ?? []),
    })),
  };
}

// One database per run of the suite: the embedded tests run on PGlite, the server ones with
// TEST_DATABASE_URL (CI runs both).
if (!onServer)
  describe("backup and restore: embedded database", () => {
    it("restores the data dir's snapshot exactly; the replaced data is kept aside", async () => {
      const dataDir = join(dir, "data");
      const first = await openDatabase({ dataDir });
      await first.migrate();
      await seed(first.db);
      const before = await snapshot(first.db);
      await first.close();

      const file = await backupDatabase({ dataDir }, join(dir, "backups"), new Date());
      // what happens after the backup (a mistake) is undone by the restore
      const later = await openDatabase({ dataDir });
      await later.db.delete(answers);
      await later.close();

      const aside = await restoreDatabase({ dataDir }, file);
      expect(aside).toBeDefined();
      const restored = await openDatabase({ dataDir });
      expect(await snapshot(restored.db)).toEqual(before);
      await restored.close();
      expect((await readdir(dir)).some((n) => n.startsWith("data.before-restore-"))).toBe(true);
    });

    it("refuses while another process holds the database", async () => {
      const dataDir = join(dir, "busy");
      const app = await openDatabase({ dataDir });
      await expect(backupDatabase({ dataDir }, join(dir, "b2"), new Date())).rejects.toThrow(
        "is in use by process",
      );
      await app.close();
    });
  });

if (onServer)
  describe("backup and restore: PostgreSQL server", () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(async () => {
      await db.destroy();
    });

    it("pg_dump's snapshot restores exactly with pg_restore", async () => {
      await seed(db.db);
      const before = await snapshot(db.db);
      const file = await backupDatabase({ url: db.url, dataDir: dir }, join(dir, "pg"), new Date());
      await db.db.delete(answers);
      await restoreDatabase({ url: db.url, dataDir: dir }, file);
      expect(await snapshot(db.db)).toEqual(before);
    });
  });
