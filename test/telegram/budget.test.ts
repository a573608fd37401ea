/**
 * One send budget for every instance and for the bot's own replies (issue 11 #8, issue 12 #14),
 * against the fake Bot API with Telegram's limits (30 messages/s overall, 5 at once then 1/s per
 * chat, on the real clock): two instances fanning out together, a 429 period whose retries go
 * through the budget, 40 officials writing at once, 7 messages typed back to back in one chat.
 * Asserted: the 429s the fake's limiter had to give (none) and counts, never durations.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { openDatabase, rowsOf } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { createTestDatabase, onServer, type TestDatabase } from "../helpers/db.js";
import { type Crowd, seedCrowd } from "../helpers/fanout.js";

let db: TestDatabase;
let h: Harness;
let crowd: Crowd;
const T = new Date("2026-04-27T05:00:00Z"); // Monday 10:00 Almaty, before-3 due
let base = 300_000;

beforeAll(async () => {
  db = await createTestDatabase({ max: 10 });
  h = await startHarness({
    db,
    fake: {
      globalPerSecond: 30,
      perChatBurst: 5,
      perChatPerSecond: 1,
      now: () => performance.now(),
    },
    now: T,
  });
});
afterAll(async () => {
  await h?.close();
  await db?.destroy();
});
async function crowdOf(n: number) {
  await db.truncate();
  base += 1000;
  crowd = await seedCrowd(db.db, { n, firstTelegramId: base, dueOn: "2026-04-30" });
  for (const id of crowd.telegramIds)
    h.fake.addUser({ id, first_name: `U${id}`, language_code: "ru" });
}
beforeEach(() => {
  h.clock.now = T;
  h.fake.setFault("sendMessage", null);
});

/** a second app instance on the same database (its own pool on the server) and fake */
async function secondInstance(): Promise<{ app: App; close(): Promise<void> }> {
  const database = db.url ? await openDatabase({ url: db.url, max: 5 }) : db;
  const app = await createApp(h.app.config, {
    database,
    logger: createLogger("silent"),
    now: () => h.clock.now,
    strictI18n: true,
  });
  return {
    app,
    close: async () => {
      if (database !== db) await database.close();
    },
  };
}

// Instances share a database only on a server: the embedded PGlite's data directory is locked
// by one process (test/db/data-dir-lock.test.ts), whose budget therefore lives in memory.
if (!onServer) {
  describe("one process on the embedded database", () => {
    it("paces in memory: a fan-out after a 429 period, no reservation query, no refusal", async () => {
      await crowdOf(150);
      h.fake.setFault(
        "sendMessage",
        { error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1 },
        20,
      );
      const limited = h.fake.stats.tooManyRequests;
      const report = await h.app.jobs.runOnce(T);
      expect(report.sent).toBe(150);
      expect(h.fake.stats.tooManyRequests - limited, "429s from the limiter").toBe(0);
      for (const id of crowd.telegramIds) expect(h.fake.messages(id)).toHaveLength(1);
      const rows = await db.db.execute(sql`select count(*)::int as n from send_budget`);
      expect(rowsOf<{ n: number }>(rows)[0]?.n, "budget rows in the database").toBe(0);
    });
  });
}

if (onServer)
  describe("two instances (two connection pools on the server)", () => {
    it("fanning out together after a 429 period: one budget, the limiter never has to refuse", async () => {
      await crowdOf(150);
      const other = await secondInstance();
      try {
        // Telegram starts with a flood wait: every retry goes through the budget too
        h.fake.setFault(
          "sendMessage",
          { error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1 },
          20,
        );
        const limited = h.fake.stats.tooManyRequests;
        const reports = await Promise.all([h.app.jobs.runOnce(T), other.app.jobs.runOnce(T)]);
        expect(reports.reduce((s, r) => s + r.sent, 0)).toBe(150);
        expect(
          reports.every((r) => r.sent > 0),
          "both instances sent",
        ).toBe(true);
        expect(h.fake.stats.tooManyRequests - limited, "429s from the limiter").toBe(0);
        for (const id of crowd.telegramIds) expect(h.fake.messages(id)).toHaveLength(1);
      } finally {
        await other.close();
      }
    });
  });

describe("the bot's own replies share the budget", () => {
  it("40 officials writing at once are all answered without a 429", async () => {
    await crowdOf(40);
    const limited = h.fake.stats.tooManyRequests;
    await Promise.all(crowd.telegramIds.map((id) => h.fake.sendText(id, "/help")));
    expect(h.fake.stats.tooManyRequests - limited).toBe(0);
    for (const id of crowd.telegramIds) expect(h.fake.messages(id).length).toBeGreaterThan(0);
  });

  it("7 messages typed back to back in one chat: every reply, paced, no per-chat 429", async () => {
    await crowdOf(1);
    const id = crowd.telegramIds[0] as number;
    const limited = h.fake.stats.tooManyRequests;
    await Promise.all(Array.from({ length: 7 }, () => h.fake.sendText(id, "/help")));
    expect(h.fake.stats.tooManyRequests - limited).toBe(0);
    expect(h.fake.messages(id)).toHaveLength(7);
  });

  it("while a fan-out runs, the bot's replies and the reminders together stay within the limit", async () => {
    await crowdOf(80);
    const limited = h.fake.stats.tooManyRequests;
    const run = h.app.jobs.runOnce(T);
    await h.fake.waitFor(() => h.fake.messages(crowd.telegramIds[10] as number).length > 0);
    // officials who got their reminder answer at once
    await Promise.all(crowd.telegramIds.slice(0, 10).map((id) => h.fake.sendText(id, "/help")));
    const report = await run;
    expect(report.sent).toBe(80);
    expect(h.fake.stats.tooManyRequests - limited).toBe(0);
    for (const id of crowd.telegramIds.slice(0, 10)) expect(h.fake.messages(id)).toHaveLength(2);
  });
});
