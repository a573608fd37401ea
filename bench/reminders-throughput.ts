/**
 * `npm run bench -- reminders-throughput`: a reminder fan-out to BENCH_OFFICIALS officials
 * (default 10,000; ~6 minutes at 28 msg/s) through the fake Bot API enforcing Telegram's limits
 * (30/s overall, 1/s per chat, burst 5), the fake in this process and the product in a child
 * (bench/reminders-throughput-child.ts, bundled like dist/main.js, run with `npm start`'s node
 * flags), so the peak RSS is the product's alone. Prints msg/s, duplicates, missed, 429s received, the product process's
 * peak RSS, and the bot's reply latency (p95) while the fan-out runs.
 * Baseline in the same run: the same messages from a bare grammY Api loop (auto-retry, 30
 * concurrent senders, no ledger, no pacing), in the same kind of child.
 * Database: the PostgreSQL server (TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test;
 * a fresh database, dropped afterwards): embedded PGlite would put its ~680 MB of WASM memory
 * into the product process. BENCH_PER_SECOND overrides the send budget (default: the app's);
 * BENCH_BASELINE=0 leaves the baseline out; BENCH_CHILD_ARGS adds node flags to the children (e.g.
 * "--trace-gc", "--heapsnapshot-signal=SIGUSR2"), BENCH_MEM_TRACE=1 makes the product print its
 * memory every 5 s, BENCH_HEAP_SAMPLE=<file> writes a sampling heap profile of the run that keeps
 * what only a full GC frees (what the peak RSS is made of).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { FakeBotApi } from "../src/telegram/fake-bot-api.js";
import { createTestDatabase } from "../test/helpers/db.js";
import { seedCrowd } from "../test/helpers/fanout.js";
import { seedWorld } from "../test/helpers/seed.js";

const TOKEN = "123456789:BENCH-token-for-the-fake-api";
const T = new Date("2026-04-27T05:00:00Z"); // Monday 10:00 in Almaty: "3 working days before"
const SERVER = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const ROOT = join(import.meta.dirname, "..");
// in dist/ like main.js (src/paths.ts finds the project one level up); one per bench process
const CHILD = join(ROOT, `dist/bench-reminders-child-${process.pid}.mjs`);

/** node's flags in `npm start` (package.json), which the product child runs with too */
const START_FLAGS = (
  /\bnode\s+(.*?)\s*dist\/main\.js/.exec(
    JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.start,
  )?.[1] ?? ""
)
  .split(/\s+/)
  .filter(Boolean);

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

interface ChildResult {
  sent: number;
  seconds: number;
  peakRssMb: number;
  idleRssMb?: number;
  again?: number;
}

/** Runs the child; `onReady` once it is set up; resolves with its result line. */
function runChild(env: Record<string, string>, onReady: () => void): Promise<ChildResult> {
  const args = [
    ...START_FLAGS,
    ...(process.env.BENCH_CHILD_ARGS?.split(" ").filter(Boolean) ?? []),
  ];
  const child = spawn(process.execPath, [...args, CHILD], {
    env: { ...process.env, BENCH_TOKEN: TOKEN, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let result: ChildResult | undefined;
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (!line.startsWith("{")) return void console.log(`          child: ${line}`); // e.g. --trace-gc
      const msg = JSON.parse(line) as { ready?: boolean; result?: ChildResult; memory?: unknown };
      if (msg.memory) console.log(`          memory: ${JSON.stringify(msg.memory)}`);
      if (msg.ready) onReady();
      if (msg.result) result = msg.result;
    });
    child.once("close", (code) =>
      result ? resolve(result) : reject(new Error(`bench child exited with ${code}`)),
    );
  });
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

export async function benchRemindersThroughput(): Promise<void> {
  const n = Number(process.env.BENCH_OFFICIALS ?? 10_000);
  const first = 5_000_000;
  console.log(`\n== reminders: fan-out to ${n} officials through the fake Bot API (30 msg/s) ==`);
  console.log(`load average at the start: ${load()}`);
  // the child is the product as `npm start` runs it: bundled, plain node
  const esbuild = await import("esbuild");
  const { bundleOptions } = (await import(join(ROOT, "scripts/bundle-options.mjs"))) as {
    bundleOptions: Record<string, unknown>;
  };
  await esbuild.build({
    ...bundleOptions,
    entryPoints: ["bench/reminders-throughput-child.ts"],
    outfile: CHILD,
  });

  // --- the product: ledger + shared send budget + paced outbox, while an official talks to the bot
  const database = await createTestDatabase({ serverUrl: SERVER, max: 5 });
  const fake = await fakeWithUsers(n, first);
  const probeId = 4_000_001;
  fake.addUser({ id: probeId, first_name: "Probe", language_code: "ru" });
  await seedCrowd(database.db, { n, firstTelegramId: first, dueOn: "2026-04-30" });
  await seedWorld(database.db, { telegramId: probeId, locale: "ru" });

  const latencies: number[] = [];
  let running = true;
  let probe: Promise<void> | undefined;
  const product = await runChild(
    {
      BENCH_MODE: "product",
      BENCH_DB_URL: database.url as string,
      BENCH_API_ROOT: fake.apiRoot,
      BENCH_T: T.toISOString(),
      ...(process.env.BENCH_PER_SECOND ? { BENCH_PER_SECOND: process.env.BENCH_PER_SECOND } : {}),
    },
    () => {
      probe = (async () => {
        while (running) {
          const before = fake.messages(probeId).length;
          const t0 = performance.now();
          await fake.sendText(probeId, "/help");
          await fake.waitFor(() => fake.messages(probeId).length > before, 60_000);
          latencies.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 1000)); // a person's pace between messages
        }
      })();
    },
  );
  running = false;
  await probe;
  const { duplicates, missed } = tally(fake, first, n);
  console.log(
    [
      `product:  ${product.sent} sent in ${product.seconds.toFixed(1)} s = ${(product.sent / product.seconds).toFixed(1)} msg/s`,
      `all sends (the fan-out and the bot's replies, one budget): ${(fake.stats.sentMessages / product.seconds).toFixed(1)} msg/s`,
      `duplicates ${duplicates}, missed ${missed}, 429s received ${fake.stats.tooManyRequests}`,
      `second run re-sent ${product.again}`,
      `product process peak RSS ${product.peakRssMb.toFixed(0)} MB (idle before the run ${product.idleRssMb?.toFixed(0)} MB)`,
      `bot reply while fanning out: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms (${latencies.length} probes)`,
    ].join("\n          "),
  );
  await fake.close();
  await database.destroy();

  if (process.env.BENCH_BASELINE === "0") return;
  // --- baseline: a bare grammY Api loop (auto-retry, 30 concurrent senders, no pacing, no ledger)
  const bare = await fakeWithUsers(n, first);
  const b = await runChild(
    { BENCH_MODE: "bare", BENCH_API_ROOT: bare.apiRoot, BENCH_FIRST: `${first}`, BENCH_N: `${n}` },
    () => {},
  );
  const bt = tally(bare, first, n);
  console.log(
    `baseline: ${n} sent in ${b.seconds.toFixed(1)} s = ${(n / b.seconds).toFixed(1)} msg/s, duplicates ${bt.duplicates}, missed ${bt.missed}, 429s received ${bare.stats.tooManyRequests}, process peak RSS ${b.peakRssMb.toFixed(0)} MB`,
  );
  await bare.close();
  await rm(CHILD, { force: true });
  await rm(`${CHILD}.map`, { force: true });
  console.log(`load average at the end: ${load()}`);
  console.log("target: product peak RSS < 200 MB, ≥ 27 msg/s, 0 duplicates, 0 missed");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchRemindersThroughput();
}
