/**
 * `npm run bench -- reminders-throughput`: a reminder fan-out to BENCH_OFFICIALS
 * officials (default 10,000; ~5.5 minutes at 30 msg/s) through the fake Bot API enforcing
 * Telegram's limits (30/s overall, 1/s per chat, burst 5). Prints achieved msg/s, duplicates,
 * missed, 429s received, peak RSS, and the bot's reply latency (p95) while the fan-out runs.
 * Baseline in the same run: the same messages through a bare grammY Api loop (auto-retry, 30
 * concurrent senders, no ledger, no pacing).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";
import { createApp } from "../src/app.js";
import { parseConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { FakeBotApi } from "../src/telegram/fake-bot-api.js";
import { createTestDatabase } from "../test/helpers/db.js";
import { seedCrowd } from "../test/helpers/fanout.js";
import { seedWorld } from "../test/helpers/seed.js";

const TOKEN = "123456789:BENCH-token-for-the-fake-api";
const T = new Date("2026-04-27T05:00:00Z"); // Monday 10:00 in Almaty: "3 working days before"

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

async function fakeWithUsers(n: number, first: number) {
  const fake = await FakeBotApi.start({
    token: TOKEN,
    globalPerSecond: 30,
    perChatPerSecond: 1,
    perChatBurst: 5,
  });
  for (let i = 0; i < n; i++)
    fake.addUser({ id: first + i, first_name: `U${i}`, language_code: "ru" });
  return fake;
}

function tally(fake: FakeBotApi, first: number, n: number) {
  let duplicates = 0;
  let missed = 0;
  for (let i = 0; i < n; i++) {
    const c = fake.messages(first + i).length;
    if (c === 0) missed++;
    if (c > 1) duplicates += c - 1;
  }
  return { duplicates, missed };
}

export async function benchRemindersThroughput(): Promise<void> {
  const n = Number(process.env.BENCH_OFFICIALS ?? 10_000);
  const first = 5_000_000;
  console.log(`\n== reminders: fan-out to ${n} officials through the fake Bot API (30 msg/s) ==`);

  // --- the product: ledger + paced outbox, while an official talks to the bot
  const dataDir = await mkdtemp(join(tmpdir(), "bench-reminders-"));
  // PGlite alone reserves ~680 MB of WASM memory: with TEST_DATABASE_URL the bench uses a fresh
  // database on that server (dropped afterwards), which is what the RSS target is about
  const database = await createTestDatabase({ max: 10 });
  console.log(`database: ${database.kind}`);
  const fake = await fakeWithUsers(n, first);
  const probeId = 4_000_001;
  fake.addUser({ id: probeId, first_name: "Probe", language_code: "ru" });
  const app = await createApp(
    parseConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATA_DIR: dataDir,
      CODE_PEPPER: "bench-pepper-bench-pepper",
      LOG_LEVEL: "silent",
    }),
    { database, logger: createLogger("silent"), now: () => T },
  );
  await app.telegram.bot.init();
  fake.onUpdate = (u) => app.telegram.bot.handleUpdate(u);
  await seedCrowd(database.db, { n, firstTelegramId: first, dueOn: "2026-04-30" });
  await seedWorld(database.db, { telegramId: probeId, locale: "ru" });

  let peakRss = process.memoryUsage().rss;
  const rssTimer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const latencies: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const t0 = performance.now();
      await fake.sendText(probeId, "/help");
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();

  const t0 = performance.now();
  const report = await app.jobs.runOnce(T);
  const seconds = (performance.now() - t0) / 1000;
  running = false;
  await probe;
  clearInterval(rssTimer);
  const { duplicates, missed } = tally(fake, first, n);
  const again = await app.jobs.runOnce(new Date(T.getTime() + 60_000));
  console.log(
    [
      `product:  ${report.sent} sent in ${seconds.toFixed(1)} s = ${(report.sent / seconds).toFixed(1)} msg/s`,
      `duplicates ${duplicates}, missed ${missed}, 429s received ${fake.stats.tooManyRequests}`,
      `second run re-sent ${again.sent}`,
      `peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`,
      `bot reply while fanning out: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (${latencies.length} probes)`,
    ].join("\n          "),
  );
  await fake.close();
  await database.destroy();
  await rm(dataDir, { recursive: true, force: true });

  // --- baseline: a bare grammY Api loop (auto-retry, 30 concurrent senders, no pacing, no ledger)
  const bare = await fakeWithUsers(n, first);
  const api = new Api(TOKEN, { apiRoot: bare.apiRoot });
  api.config.use(autoRetry());
  let next = 0;
  const b0 = performance.now();
  await Promise.all(
    Array.from({ length: 30 }, async () => {
      while (next < n) {
        const i = next++;
        await api.sendMessage(first + i, `Напоминание ${i}`);
      }
    }),
  );
  const bs = (performance.now() - b0) / 1000;
  const b = tally(bare, first, n);
  console.log(
    `baseline: ${n} sent in ${bs.toFixed(1)} s = ${(n / bs).toFixed(1)} msg/s, duplicates ${b.duplicates}, missed ${b.missed}, 429s received ${bare.stats.tooManyRequests}`,
  );
  await bare.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchRemindersThroughput();
}
