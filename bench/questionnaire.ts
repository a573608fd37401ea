/**
 * N officials (BENCH_OFFICIALS, default 200) answer full questionnaires at the
 * same time through the fake Bot API (grammY's real HTTP client) with the real
 * database. Prints updates/s and p50/p95/p99 handling time per update, and the
 * same for a bare grammY echo bot on the same harness, with the ratio.
 * The fake's flood limits are lifted here: this measures our processing, not
 * Telegram's pacing (the reminders bench measures that).
 */
import { Bot } from "grammy";
import { FakeBotApi } from "../src/telegram/fake-bot-api.js";
import { startHarness, TEST_TOKEN, type TestUser } from "../test/helpers/bot.js";
import { createTestDatabase } from "../test/helpers/db.js";
import { answerAllRu, FULL_QUESTIONNAIRE_UPDATES } from "../test/helpers/script.js";
import { seedAgency, seedCampaign, seedOfficial, seedService } from "../test/helpers/seed.js";
import { percentile } from "./stats.js";

const N = Number(process.env.BENCH_OFFICIALS ?? 200);
const LIMITS = { globalPerSecond: 1e9, perChatBurst: 1e9, perChatPerSecond: 1e9 };

interface Figures {
  updates: number;
  /** database statements and Bot API calls per update (the echo bot: none and one) */
  queries: number;
  apiCalls: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

function figures(times: number[], seconds: number, queries: number, apiCalls: number): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    updates: times.length,
    queries: queries / times.length,
    apiCalls: apiCalls / times.length,
    seconds,
    perSecond: times.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A person's pause before each action: exponential around `mean` ms (bench only, never in tests). */
const think = (mean: number) => (mean > 0 ? pause(-Math.log(1 - Math.random()) * mean) : undefined);

function paced(u: TestUser, mean: number): TestUser {
  return {
    ...u,
    send: async (text) => {
      await think(mean);
      return u.send(text);
    },
    press: async (label, id) => {
      await think(mean);
      return u.press(label, id);
    },
  };
}

async function ourBot(serverUrl: string | null, thinkMs: number): Promise<Figures> {
  let queries = 0;
  const db = await createTestDatabase({ serverUrl, max: 10, onQuery: () => queries++ });
  // Telegram's limits are lifted on both sides (the fake's and the app's send budget): this
  // measures our processing per update, not the 30 msg/s pacing
  const h = await startHarness({ db, fake: LIMITS, sendsPerSecond: 1e9 });
  const agency = await seedAgency(db.db);
  const campaign = await seedCampaign(db.db);
  const users = [];
  for (let i = 0; i < N; i++) {
    const service = await seedService(db.db, agency.id, `Услуга ${i + 1}`);
    await seedOfficial(db.db, {
      telegramId: 50_000 + i,
      agencyId: agency.id,
      campaignId: campaign.id,
      serviceIds: [service.id],
    });
    users.push(paced(h.user(50_000 + i), thinkMs));
  }
  const times: number[] = [];
  const bot = h.app.telegram.bot;
  h.fake.onUpdate = async (u) => {
    const t0 = performance.now();
    await bot.handleUpdate(u);
    times.push(performance.now() - t0);
  };
  // open the questionnaire (2 updates each), then the 34 answers
  queries = 0;
  const calls0 = h.fake.calls.length;
  const t0 = performance.now();
  await Promise.all(
    users.map(async (u) => {
      await u.send("/start");
      await u.press("1.");
      await answerAllRu(u);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const reviews = users.filter((u) =>
    u.messages().some((m) => m.text?.includes("Проверка ответов")),
  ).length;
  if (reviews !== N) throw new Error(`only ${reviews} of ${N} officials reached the review`);
  const made = { queries, calls: h.fake.calls.length - calls0 };
  await h.close();
  await db.destroy();
  return figures(times, seconds, made.queries, made.calls);
}

async function echoBot(thinkMs: number): Promise<Figures> {
  const fake = await FakeBotApi.start({ token: TEST_TOKEN, ...LIMITS });
  const bot = new Bot(TEST_TOKEN, { client: { apiRoot: fake.apiRoot } });
  bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text));
  await bot.init();
  const times: number[] = [];
  fake.onUpdate = async (u) => {
    const t0 = performance.now();
    await bot.handleUpdate(u);
    times.push(performance.now() - t0);
  };
  const per = FULL_QUESTIONNAIRE_UPDATES + 2;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: N }, async (_, i) => {
      fake.addUser({ id: 90_000 + i });
      for (let k = 0; k < per; k++) {
        await think(thinkMs);
        await fake.sendText(90_000 + i, `message ${k}`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const calls = fake.calls.length;
  await fake.close();
  return figures(times, seconds, 0, calls);
}

const row = (f: Figures) => ({
  updates: f.updates,
  "DB statements/update": f.queries.toFixed(2),
  "Bot API calls/update": f.apiCalls.toFixed(2),
  "updates/s": Math.round(f.perSecond),
  "p50 ms": f.p50.toFixed(2),
  "p95 ms": f.p95.toFixed(2),
  "p99 ms": f.p99.toFixed(2),
});

async function scenario(title: string, thinkMs: number, server: string, only: string | undefined) {
  const baseline = await echoBot(thinkMs);
  const results: Record<string, ReturnType<typeof row>> = {
    "bare grammY echo bot (baseline)": row(baseline),
  };
  const pglite = only === "server" ? undefined : await ourBot(null, thinkMs);
  if (pglite) results["questionnaire bot, PGlite"] = row(pglite);
  let onServer: Figures | undefined;
  try {
    if (only !== "pglite") onServer = await ourBot(server, thinkMs);
    if (onServer) results["questionnaire bot, PostgreSQL server"] = row(onServer);
  } catch (err) {
    console.log(`(server PostgreSQL not measured: ${(err as Error).message})`);
  }
  console.log(
    `\n## Questionnaire, ${title}: ${N} officials (${FULL_QUESTIONNAIRE_UPDATES + 2} updates each)`,
  );
  console.table(results);
  for (const [name, f] of [
    ["PGlite", pglite],
    ["server", onServer],
  ] as const) {
    if (f) {
      const ratio = ((f.perSecond / baseline.perSecond) * 100).toFixed(0);
      console.log(`throughput ratio (${name} / echo): ${ratio} %`);
    }
  }
}

export async function benchQuestionnaire(): Promise<void> {
  const server =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/test";
  const only = process.env.BENCH_DB; // "pglite" or "server" runs just that one
  // saturated: everyone answers as fast as the bot replies (capacity, throughput vs echo)
  await scenario("saturated (no pause between answers)", 0, server, only);
  // paced: people pause ~THINK_MS between actions (handling time at a realistic load)
  if (THINK_MS > 0)
    await scenario(`paced (~${THINK_MS} ms between a person's actions)`, THINK_MS, server, only);
  console.log(
    "targets: paced p95 < 20 ms (server) / < 50 ms (PGlite) per update; saturated throughput ≥ 25 % of the echo bot (aim 60 %)",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchQuestionnaire();
