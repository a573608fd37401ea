/**
 * Exactly once under faults: restarts, overlapping ticks, a crash in the middle of a fan-out,
 * and two app instances on one database. On the server database (TEST_DATABASE_URL) the
 * second instance has its own connection pool; on PGlite both share the one embedded database
 * and their statements interleave on it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { openDatabase } from "../../src/db/client.js";
import { reminderLedger } from "../../src/db/schema.js";
import { CLAIM_LEASE_MS, runReminders } from "../../src/jobs/reminders.js";
import { createLogger } from "../../src/logger.js";
import type { Outbox } from "../../src/telegram/outbox.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { createTestDatabase, onServer, type TestDatabase } from "../helpers/db.js";
import { type Crowd, seedCrowd } from "../helpers/fanout.js";

let db: TestDatabase;
let h: Harness;
let crowd: Crowd;
const N = 40;
/** Monday 27 April 2026, 10:00 in Almaty: the "3 working days before" reminder is due */
const T = new Date("2026-04-27T05:00:00Z");
const later = (ms: number) => new Date(T.getTime() + ms);

beforeAll(async () => {
  db = await createTestDatabase({ max: 10 });
  h = await startHarness({ db, fake: { perChatBurst: 100 } });
});
afterAll(async () => {
  await h?.close();
  await db?.destroy();
});
let base = 7000;
beforeEach(async () => {
  await db.truncate();
  base += 1000;
  crowd = await seedCrowd(db.db, { n: N, firstTelegramId: base, dueOn: "2026-04-30" });
  for (const id of crowd.telegramIds)
    h.fake.addUser({ id, first_name: `U${id}`, language_code: "ru" });
  h.clock.now = T;
});

async function expectEachOnce() {
  const counts = crowd.telegramIds.map((id) => h.fake.messages(id).length);
  expect(
    counts.filter((c) => c === 0),
    "missed",
  ).toHaveLength(0);
  expect(
    counts.filter((c) => c > 1),
    "duplicates",
  ).toHaveLength(0);
  const ledger = await db.db.select().from(reminderLedger);
  expect(ledger).toHaveLength(N);
  expect(ledger.every((l) => l.status === "sent" && l.kind === "before-3")).toBe(true);
}

describe("exactly once", () => {
  it("a restart (a new app on the same database) sends nothing again", async () => {
    const first = await h.app.jobs.runOnce(T);
    expect(first.sent).toBe(N);
    const second = await h.restart();
    const again = await second.jobs.runOnce(later(60_000));
    const laterStill = await second.jobs.runOnce(later(CLAIM_LEASE_MS * 3));
    expect(again.sent + laterStill.sent).toBe(0);
    expect(again.alreadyDone).toBe(N);
    await expectEachOnce();
  });

  it("overlapping ticks of one app share the work", async () => {
    const reports = await Promise.all([
      h.app.jobs.runOnce(T),
      h.app.jobs.runOnce(later(1000)),
      h.app.jobs.runOnce(later(2000)),
    ]);
    expect(reports.reduce((s, r) => s + r.sent, 0)).toBe(N);
    await expectEachOnce();
  });

  it("a crash in the middle of a fan-out: the rest goes out later, nothing twice", async () => {
    let sent = 0;
    const crashing: Outbox = {
      send: async (m) => {
        if (sent >= 10) throw new Error("process killed");
        sent++;
        return h.app.outbox.send(m);
      },
      sendDocument: () => Promise.reject(new Error("unused")),
    };
    const deps = { ...h.app.deps, outbox: crashing, concurrency: 4 };
    await expect(runReminders(deps, T)).rejects.toThrow("process killed");
    const afterCrash = await db.db.select().from(reminderLedger);
    const stuck = afterCrash.filter((l) => l.status === "claimed").length;
    expect(afterCrash.filter((l) => l.status === "sent")).toHaveLength(10);
    expect(stuck).toBeGreaterThan(0);

    // the restarted app: the unclaimed ones at once, the stuck claims (no heartbeat: their
    // owner is gone) once their short lease has run out, i.e. within a minute
    expect(CLAIM_LEASE_MS).toBeLessThan(60_000);
    const restarted = await h.restart();
    const soon = await restarted.jobs.runOnce(later(CLAIM_LEASE_MS / 2));
    expect(soon.sent).toBe(N - 10 - stuck);
    const afterLease = await restarted.jobs.runOnce(later(CLAIM_LEASE_MS + 1000));
    expect(afterLease.sent).toBe(stuck);
    await expectEachOnce();
  });

  it(`two app instances on one database (${onServer ? "two connection pools on the server" : "one shared PGlite"})`, async () => {
    const database = db.url ? await openDatabase({ url: db.url, max: 5 }) : db;
    const other: App = await createApp(h.app.config, {
      database,
      logger: createLogger("silent"),
      now: () => h.clock.now,
      strictI18n: true,
    });
    try {
      const reports = await Promise.all([
        h.app.jobs.runOnce(T),
        other.jobs.runOnce(T),
        h.app.jobs.runOnce(later(500)),
        other.jobs.runOnce(later(500)),
      ]);
      expect(reports.reduce((s, r) => s + r.sent, 0)).toBe(N);
      await expectEachOnce();
    } finally {
      if (database !== db) await database.close();
    }
  });
});
