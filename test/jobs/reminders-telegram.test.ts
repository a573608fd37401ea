/**
 * Telegram's limits in a fan-out, through the fake Bot API over HTTP: pacing (no 429 from a
 * paced fan-out), 429 retry_after, 5xx retries, 403 → unreachable until the official writes
 * again (and shown in the digest), the bot answering while a fan-out runs, and admin login
 * codes sent through the outbox.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { adminsRepo } from "../../src/db/repositories/admins.js";
import { admins, officials, reminderLedger } from "../../src/db/schema.js";
import {
  requestLoginCode,
  type SendLoginCodeDeps,
  verifyLoginCode,
} from "../../src/services/login-codes.js";
import { type Harness, startHarness } from "../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { type Crowd, seedCrowd } from "../helpers/fanout.js";
import { seedWorld } from "../helpers/seed.js";

let db: TestDatabase;
let h: Harness;
let crowd: Crowd;
const T = new Date("2026-04-27T05:00:00Z"); // Monday 10:00 Almaty, before-3 due
const T2 = new Date("2026-04-29T05:00:00Z"); // Wednesday 10:00, before-1 due
let base = 20_000;

beforeAll(async () => {
  db = await createTestDatabase();
  h = await startHarness({ db, outbox: { backoffMs: 20, ambiguousPauseMs: 20, probeMs: 20 } });
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

const sendsTo = (chat: number) =>
  h.fake.calls.filter((c) => c.method === "sendMessage" && c.params.chat_id === chat);

describe("the sending window", () => {
  it("a fan-out still running when the window closes sends nothing after it; the rest waits", async () => {
    await crowdOf(100);
    // the 5th message leaves at 17:59:59; then the clock passes 18:00 (the window's end).
    // What was already claimed and waiting for the pacer (at most the pool's 40) still goes out.
    let seen = 0;
    const off = h.fake.on("call", (c) => {
      if (c.method === "sendMessage" && c.ok && ++seen === 5) {
        h.clock.now = new Date(T.getTime() + 8 * 3600_000 + 60_000);
      }
    });
    const report = await h.app.jobs.runOnce(T);
    off();
    expect(report.sent + report.afterWindow).toBe(100);
    expect(report.sent).toBeLessThanOrEqual(5 + 40);
    expect(report.afterWindow).toBeGreaterThanOrEqual(55);
    const sent = await db.db.select().from(reminderLedger).where(eq(reminderLedger.status, "sent"));
    expect(sent).toHaveLength(report.sent);
    // the next working day's window sends the rest, once
    const next = new Date("2026-04-28T05:00:00Z");
    h.clock.now = next;
    const later = await h.app.jobs.runOnce(next);
    expect(later.sent).toBe(report.afterWindow);
  });
});

describe("Telegram's limits", () => {
  it("a paced fan-out keeps ≤ 30 messages/s and meets no 429", async () => {
    await crowdOf(70);
    const before = h.fake.stats.tooManyRequests;
    const start = h.fake.calls.length;
    const t0 = performance.now();
    const report = await h.app.jobs.runOnce(T);
    expect(report.sent).toBe(70);
    expect(h.fake.stats.tooManyRequests - before).toBe(0);
    const at = h.fake.calls
      .slice(start)
      .filter((c) => c.method === "sendMessage" && c.ok)
      .map((c) => c.at);
    // the k-th message cannot leave before t0 + k/28 s: the sustained rate stays under 30/s even
    // when completions bunch up under load (the fake's token bucket accepted every call)
    const rate = (at.length * 1000) / ((at.at(-1) as number) - t0);
    expect(rate).toBeLessThanOrEqual(30);
  });

  it("429: waits retry_after and delivers once", async () => {
    await crowdOf(3);
    h.fake.setFault(
      "sendMessage",
      { error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1 },
      1,
    );
    const report = await h.app.jobs.runOnce(T);
    expect(report.sent).toBe(3);
    for (const id of crowd.telegramIds) expect(h.fake.messages(id)).toHaveLength(1);
  });

  it("5xx (ambiguous): retried once after a pause, delivered, counted in the report", async () => {
    await crowdOf(2);
    h.fake.setFault("sendMessage", { error_code: 502, description: "Bad Gateway" }, 1);
    const report = await h.app.jobs.runOnce(T);
    expect(report).toMatchObject({ sent: 2, uncertain: 1, uncertainRetried: 1 });
    for (const id of crowd.telegramIds) expect(h.fake.messages(id)).toHaveLength(1);
  });

  it("403: the official is marked unreachable, skipped, listed in the digest, and reachable again after writing", async () => {
    await crowdOf(3);
    const [blocked, ok1] = crowd.telegramIds as [number, number, number];
    const secretary = await adminsRepo(db.db).create({ name: "Секретарь", role: "secretary" });
    await adminsRepo(db.db).update(secretary.id, { telegramId: base + 999 });
    h.fake.addUser({ id: base + 999, first_name: "Sec", language_code: "ru" });
    h.fake.block(blocked);

    const r1 = await h.app.jobs.runOnce(T);
    expect(r1).toMatchObject({ sent: 2, blocked: 1 });
    const [o] = await db.db.select().from(officials).where(eq(officials.telegramId, blocked));
    expect(o?.reachable).toBe(false);
    expect(o?.unreachableSince).toEqual(T);
    const [row] = await db.db
      .select()
      .from(reminderLedger)
      .where(eq(reminderLedger.chatId, blocked));
    expect(row?.status).toBe("failed");

    // next reminder day: not even tried
    const tries = sendsTo(blocked).length;
    const r2 = await h.app.jobs.runOnce(T2);
    expect(r2.sent).toBe(2);
    expect(sendsTo(blocked)).toHaveLength(tries);
    expect(h.fake.messages(ok1)).toHaveLength(2);

    // overdue: the digest names the unreachable official's service
    const overdue = new Date("2026-05-05T05:00:00Z");
    await h.app.jobs.runOnce(overdue);
    expect(h.fake.lastMessage(base + 999)?.text).toContain("недоступны в Telegram: 1");

    // they unblock and write: reachable again, reminded on the next reminder day
    h.fake.unblock(blocked);
    await h.fake.sendText(blocked, "/help");
    const r3 = await h.app.jobs.runOnce(new Date("2026-05-08T05:00:00Z"));
    expect(r3.sent).toBe(3);
    expect(h.fake.messages(blocked).at(-1)?.text).toContain("просрочка");
  });

  it("the bot keeps answering while a fan-out runs: its reply overtakes the queued reminders", async () => {
    await crowdOf(120);
    const w = await seedWorld(db.db, { telegramId: base + 900, locale: "ru" });
    expect(w.official.id).toBeGreaterThan(0);
    const u = h.user(base + 900, "ru");
    let done = false;
    const run = h.app.jobs.runOnce(T).then((r) => {
      done = true;
      return r;
    });
    await h.fake.waitFor(() => h.fake.messages(crowd.telegramIds[5] as number).length > 0);
    const delivered = () => crowd.telegramIds.filter((id) => h.fake.messages(id).length > 0).length;
    await u.send("/help");
    // Order, not time: the reply came while the fan-out was still running, and reminders were
    // still waiting behind it (replies take the shared budget first).
    expect(done).toBe(false);
    expect(u.last().text).toBeTruthy();
    expect(delivered()).toBeLessThan(120);
    expect((await run).sent).toBeGreaterThanOrEqual(120);
  });
});

describe("admin login codes through the bot", () => {
  // a login attempt per request (token + requester), see src/services/login-codes.ts
  const ask = (deps: SendLoginCodeDeps, requester: string) =>
    requestLoginCode(deps, { login: "Секретарь", requester });
  const check = (deps: SendLoginCodeDeps, token: string, code: string, requester = "r2") =>
    verifyLoginCode(deps, { token, requester, code }).then((v) => v.verdict);
  const codeOf = (r: Awaited<ReturnType<typeof requestLoginCode>>) => {
    if (!r.ok || !("code" in r.sent)) throw new Error(JSON.stringify(r));
    return { token: r.token, code: r.sent.code };
  };

  it("sends a 6-digit code, verifies once; wrong, expired, too many attempts, no Telegram, blocked", async () => {
    await db.truncate();
    const repo = adminsRepo(db.db);
    const admin = await repo.create({ name: "Секретарь", role: "secretary" });
    const deps = { ...h.app.deps, notifications: h.app.notifications };
    const none = await ask(deps, "r1");
    expect(none.ok && none.sent).toEqual({ reason: "no-telegram" });
    await repo.update(admin.id, { telegramId: 777 });
    h.fake.addUser({ id: 777, first_name: "Sec", language_code: "ru" });

    expect(await check(deps, "x".repeat(43), "123456")).toBe("none");
    const sent = codeOf(await ask(deps, "r2"));
    expect(sent.code).toMatch(/^\d{6}$/);
    expect(h.fake.lastMessage(777)?.text).toBe(
      `Ваш код входа: ${sent.code}. Действует 5 минут. Если вы его не запрашивали, проигнорируйте это сообщение.`,
    );
    expect(await ask(deps, "r2")).toEqual({ ok: false, reason: "wait" });
    const wrong = sent.code === "000000" ? "000001" : "000000";
    expect(await check(deps, sent.token, wrong)).toBe("wrong");
    expect(await check(deps, sent.token, sent.code)).toBe("ok");
    expect(await check(deps, sent.token, sent.code)).toBe("used");

    h.clock.now = new Date(T.getTime() + 2 * 60_000);
    const second = codeOf(await ask(deps, "r2"));
    for (let i = 0; i < 5; i++) expect(await check(deps, second.token, wrong)).toBe("wrong");
    expect(await check(deps, second.token, second.code)).toBe("too-many-attempts");

    h.clock.now = new Date(T.getTime() + 4 * 60_000);
    const third = codeOf(await ask(deps, "r2"));
    h.clock.now = new Date(T.getTime() + 9 * 60_000 + 1);
    expect(await check(deps, third.token, third.code)).toBe("expired");

    h.fake.block(777);
    h.clock.now = new Date(T.getTime() + 20 * 60_000);
    const blocked = await ask(deps, "r2");
    expect(blocked.ok && blocked.sent).toEqual({ reason: "unreachable" });
    const [a] = await db.db.select().from(admins).where(eq(admins.id, admin.id));
    expect(a?.reachable).toBe(false);
  });

  it("two requests at once send one code (the rate limit holds under a race)", async () => {
    await db.truncate();
    const repo = adminsRepo(db.db);
    const admin = await repo.create({ name: "Секретарь", role: "secretary" });
    await repo.update(admin.id, { telegramId: 778 });
    h.fake.addUser({ id: 778, first_name: "Sec", language_code: "ru" });
    const deps = { ...h.app.deps, notifications: h.app.notifications };
    const results = await Promise.all([1, 2, 3].map(() => ask(deps, "r2")));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "wait")).toHaveLength(2);
    expect(sendsTo(778).filter((c) => c.ok)).toHaveLength(1);
    const sent = codeOf(results.find((r) => r.ok)!);
    expect(await check(deps, sent.token, sent.code)).toBe("ok");
  });
});
