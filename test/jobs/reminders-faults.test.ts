/**
 * Reminders under faults (issue 11 #4, #5, #7): a database outage in the middle of a fan-out,
 * answers lost after Telegram sent the message, an owner killed while its claims are in flight,
 * and a Telegram outage. Each test drives two instances (the app and a planner run with its own
 * claim keeper; on the server each with its own connection pool) against the fake Bot API, and
 * asserts counts and order, never durations.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { createRepositories, type Repositories } from "../../src/db/repositories/index.js";
import { reminderLedger } from "../../src/db/schema.js";
import { CLAIM_LEASE_MS, runReminders } from "../../src/jobs/reminders.js";
import { createLogger } from "../../src/logger.js";
import { createClaimKeeper } from "../../src/notifications/claims.js";
import type { Outbox } from "../../src/telegram/outbox.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { createTestDatabase, onServer, type TestDatabase } from "../helpers/db.js";
import { type Crowd, seedCrowd } from "../helpers/fanout.js";
import { startDatabaseProxy } from "../helpers/tcp-proxy.js";

let db: TestDatabase;
let h: Harness;
let crowd: Crowd;
/** Monday 27 April 2026, 10:00 in Almaty: the "3 working days before" reminder is due */
const T = new Date("2026-04-27T05:00:00Z");
const later = (ms: number) => new Date(T.getTime() + ms);
const logger = createLogger("silent");

beforeAll(async () => {
  db = await createTestDatabase({ max: 10 });
  h = await startHarness({
    db,
    fake: { perChatBurst: 100 },
    outbox: { backoffMs: 10, ambiguousPauseMs: 10, probeMs: 20, outageWaitMs: 400 },
  });
});
afterAll(async () => {
  await h?.close();
  await db?.destroy();
});
let base = 90_000;
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
  h.fake.setOutage(false);
});

const copies = () => crowd.telegramIds.map((id) => h.fake.messages(id).length);
async function expectEachOnce() {
  const c = copies();
  expect(
    c.filter((n) => n === 0),
    "missed",
  ).toHaveLength(0);
  expect(
    c.filter((n) => n > 1),
    "duplicates",
  ).toHaveLength(0);
  const ledger = await db.db.select().from(reminderLedger);
  expect(ledger.every((l) => l.status === "sent")).toBe(true);
}

/**
 * The same database seen through a connection that can be cut: on the server a TCP proxy in
 * front of PostgreSQL (its own pool); PGlite is embedded, so there the outage is simulated at
 * the repository boundary (every ledger call fails while it lasts).
 */
async function databaseWithOutage(): Promise<{
  repos: Repositories;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}> {
  if (db.url) {
    const proxy = await startDatabaseProxy(db.url);
    const database = await openDatabase({ url: proxy.through(db.url), max: 5 });
    return {
      repos: createRepositories(database.db),
      cut: () => proxy.cut(),
      restore: () => proxy.restore(),
      close: async () => {
        await database.close().catch(() => {});
        await proxy.close();
      },
    };
  }
  let down = false;
  const repos = createRepositories(db.db);
  const ledger = Object.fromEntries(
    Object.entries(repos.ledger).map(([name, fn]) => [
      name,
      (...args: unknown[]) =>
        down
          ? Promise.reject(new Error("connect ECONNREFUSED (simulated database outage)"))
          : (fn as (...a: unknown[]) => unknown)(...args),
    ]),
  ) as Repositories["ledger"];
  return {
    repos: { ...repos, ledger },
    cut: () => {
      down = true;
    },
    restore: () => {
      down = false;
    },
    close: async () => {},
  };
}

describe(`database outage during a fan-out (${onServer ? "PostgreSQL behind a TCP proxy" : "PGlite, simulated"})`, () => {
  // the postgres driver takes a while to give up on a cut connection: a longer timeout, no threshold
  it("what Telegram accepted is kept, written when the database answers, and never sent again", {
    timeout: 120_000,
  }, async () => {
    await crowdOf(30);
    const outage = await databaseWithOutage();
    try {
      const claims = createClaimKeeper({ repos: outage.repos, logger }, { retryMs: 10 });
      const deps = {
        ...h.app.deps,
        repos: outage.repos,
        outbox: h.app.outbox,
        claims,
        concurrency: 6,
      };
      let accepted = 0;
      const off = h.fake.on("call", (c) => {
        if (c.method === "sendMessage" && c.ok && ++accepted === 10) outage.cut();
      });
      // new claims fail while the database is gone: the run stops claiming
      await expect(runReminders(deps, T)).rejects.toThrow();
      off();
      const delivered = copies().filter((n) => n > 0).length;
      expect(delivered).toBeGreaterThanOrEqual(10);
      expect(claims.pending, "outcomes kept in memory").toBeGreaterThan(0);
      expect(claims.stats.kept).toBe(claims.pending);

      outage.restore();
      expect(await claims.flush(30_000), "kept outcomes left unwritten").toBe(0);
      expect(claims.stats.writtenLater).toBe(claims.stats.kept);
      const sentRows = await db.db
        .select()
        .from(reminderLedger)
        .where(eq(reminderLedger.status, "sent"));
      expect(sentRows).toHaveLength(delivered);

      // both instances later, well after every lease: the rest once, nothing twice
      const other = await h.restart();
      const reports = await Promise.all([
        other.jobs.runOnce(later(CLAIM_LEASE_MS * 3)),
        runReminders(
          { ...deps, claims: createClaimKeeper({ repos: outage.repos, logger }) },
          later(CLAIM_LEASE_MS * 3),
        ),
      ]);
      expect(reports.reduce((s, r) => s + r.sent, 0)).toBe(30 - delivered);
      await expectEachOnce();
    } finally {
      await outage.close();
    }
  });
});

describe("answers lost after Telegram sent the message (ambiguous failures)", () => {
  it("a 502 after sending: retried once after a pause (the copy is the price), counted in the report", async () => {
    await crowdOf(6);
    h.fake.setFault("sendMessage", { error_code: 502, description: "Bad Gateway", after: true }, 1);
    const report = await h.app.jobs.runOnce(T);
    expect(report).toMatchObject({ sent: 6, failed: 0, uncertain: 1, uncertainRetried: 1 });
    const c = copies();
    expect(c.filter((n) => n === 2)).toHaveLength(1);
    expect(c.filter((n) => n === 1)).toHaveLength(5);
    const again = await h.app.jobs.runOnce(later(CLAIM_LEASE_MS * 2));
    expect(again.sent).toBe(0);
  });

  it("answers always lost (connection dropped after sending): at most two copies each, never a third, on any tick", async () => {
    await crowdOf(5);
    h.fake.setFault(
      "sendMessage",
      { error_code: 0, description: "", after: true, drop: true },
      1000,
    );
    const first = await h.app.jobs.runOnce(T);
    expect(first).toMatchObject({ sent: 0, failed: 5, uncertain: 10, uncertainRetried: 5 });
    h.fake.setFault("sendMessage", null);
    for (const at of [60_000, 120_000, CLAIM_LEASE_MS * 10]) {
      const r = await h.app.jobs.runOnce(later(at));
      expect(r.sent + r.failed).toBe(0);
    }
    expect(copies()).toEqual([2, 2, 2, 2, 2]);
    const rows = await db.db.select().from(reminderLedger);
    expect(rows.every((r) => r.status === "failed" && r.uncertain === 2)).toBe(true);
  });
});

describe("recovery within a minute", () => {
  it("a live owner's claims are renewed while in flight; once the owner is gone they are sent by another instance after the short lease", async () => {
    await crowdOf(3);
    // instance A: Telegram never answers it (slow), then it is killed
    let attempts = 0;
    let kill: (err: Error) => void = () => {};
    const killed = new Promise<never>((_, reject) => {
      kill = reject;
    });
    killed.catch(() => {});
    const hanging: Outbox = {
      send: () => {
        attempts++;
        return killed;
      },
      sendDocument: () => killed,
    };
    const claimsA = createClaimKeeper({ repos: h.app.deps.repos, logger }, { heartbeatMs: 5 });
    const runA = runReminders({ ...h.app.deps, outbox: hanging, claims: claimsA }, T);
    runA.catch(() => {});
    await vi.waitFor(() => expect(attempts).toBe(3));

    // two leases later on A's clock: the heartbeat has renewed its claims, B finds them taken
    h.clock.now = later(CLAIM_LEASE_MS * 2);
    const renewed = claimsA.stats.renewals;
    // two heartbeats after the move: the second one surely ran on the new clock
    await vi.waitFor(() => expect(claimsA.stats.renewals).toBeGreaterThanOrEqual(renewed + 6));
    const b = await h.restart();
    const whileAlive = await b.jobs.runOnce(later(CLAIM_LEASE_MS * 2));
    expect(whileAlive).toMatchObject({ sent: 0, alreadyDone: 3 });
    expect(copies()).toEqual([0, 0, 0]);

    // A is killed (no more heartbeats, no outcome): B sends them one lease later
    claimsA.close();
    const lastRenewal = later(CLAIM_LEASE_MS * 2);
    const notYet = await b.jobs.runOnce(new Date(lastRenewal.getTime() + CLAIM_LEASE_MS - 1000));
    expect(notYet.sent).toBe(0);
    const recovered = await b.jobs.runOnce(new Date(lastRenewal.getTime() + CLAIM_LEASE_MS + 1000));
    expect(recovered.sent).toBe(3);
    kill(new Error("killed"));
    await expectEachOnce();
  });

  it("a Telegram outage during a fan-out: the rest waits for Telegram instead of failing, nothing twice", async () => {
    await crowdOf(12);
    let accepted = 0;
    const off = h.fake.on("call", (c) => {
      if (c.method === "sendMessage" && c.ok && ++accepted === 3) h.fake.setOutage(true);
    });
    const run = h.app.jobs.runOnce(T);
    // the sends in flight and a few probes meet the outage, then Telegram is back
    await vi.waitFor(() => expect(h.fake.outageCalls).toBeGreaterThanOrEqual(4), {
      interval: 5,
    });
    h.fake.setOutage(false);
    const report = await run;
    off();
    expect(report.sent).toBe(12);
    expect(report.failed).toBe(0);
    await expectEachOnce();
  });

  it("an outage longer than a send waits: the failed ones go out on the next tick", async () => {
    await crowdOf(8);
    h.fake.setOutage(true);
    const first = await h.app.jobs.runOnce(T);
    expect(first.sent).toBe(0);
    expect(first.failed).toBe(8);
    const rows = await db.db.select().from(reminderLedger);
    expect(rows.every((r) => r.status === "failed")).toBe(true);
    h.fake.setOutage(false);
    // the next tick, one minute later (not after a 10-minute lease)
    const next = await h.app.jobs.runOnce(later(60_000));
    expect(next.sent).toBe(8);
    await expectEachOnce();
  });
});
