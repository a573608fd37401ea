/**
 * The process whose memory `npm run bench -- reminders-throughput` measures (bundled like
 * dist/main.js and run with plain node, so its RSS is what `npm start` would use; the fake Bot
 * API stays in the parent). BENCH_MODE:
 * - "product": the real app (createApp) on the server database BENCH_DB_URL, taking updates by
 *   long polling (the parent's probe talks to the bot meanwhile), one planner run at BENCH_T,
 *   then a second one a minute later (must send nothing);
 * - "bare": the baseline, a bare grammY Api loop (auto-retry, 30 concurrent senders, no ledger,
 *   no pacing) sending one message to each of BENCH_N chats from BENCH_FIRST.
 * Prints one JSON line when ready ({ready}) and one with the result ({result}), peak RSS from
 * the kernel (getrusage's maxRSS: the process's high-water mark, not a sample). The app's
 * modules are imported only in "product" mode, so the baseline's figure is grammY's alone.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";

const env = process.env;
const token = env.BENCH_TOKEN as string;
const apiRoot = env.BENCH_API_ROOT as string;
const say = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

if (env.BENCH_MODE === "bare") {
  const first = Number(env.BENCH_FIRST);
  const n = Number(env.BENCH_N);
  const api = new Api(token, { apiRoot });
  api.config.use(autoRetry());
  say({ ready: true, rssMb: process.memoryUsage().rss / 2 ** 20 });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 30 }, async () => {
      while (next < n) {
        const i = next++;
        await api.sendMessage(first + i, `Напоминание ${i}`);
      }
    }),
  );
  say({ result: { sent: n, seconds: (performance.now() - t0) / 1000, peakRssMb: peakRssMb() } });
} else {
  const [{ createApp }, { startPolling }, { parseConfig }, { openDatabase }, { createLogger }] =
    await Promise.all([
      import("../src/app.js"),
      import("../src/bot/polling.js"),
      import("../src/config.js"),
      import("../src/db/client.js"),
      import("../src/logger.js"),
    ]);
  const T = new Date(env.BENCH_T as string);
  const dataDir = await mkdtemp(join(tmpdir(), "bench-throughput-"));
  const logger = createLogger("silent");
  const database = await openDatabase({ url: env.BENCH_DB_URL as string, max: 10 });
  const app = await createApp(
    parseConfig({
      BOT_TOKEN: token,
      TELEGRAM_API_ROOT: apiRoot,
      DATA_DIR: dataDir,
      CODE_PEPPER: "bench-pepper-bench-pepper",
      LOG_LEVEL: "silent",
    }),
    {
      database,
      logger,
      now: () => T,
      ...(env.BENCH_PER_SECOND ? { budget: { perSecond: Number(env.BENCH_PER_SECOND) } } : {}),
    },
  );
  await app.telegram.bot.init();
  const polling = startPolling(app.telegram, { logger });
  const idleRssMb = process.memoryUsage().rss / 2 ** 20;
  say({ ready: true, rssMb: idleRssMb });
  const t0 = performance.now();
  const mb = (b: number) => Math.round(b / 2 ** 20);
  const trace =
    env.BENCH_MEM_TRACE === "1"
      ? setInterval(() => {
          const m = process.memoryUsage();
          const s = Math.round(performance.now() - t0) / 1000;
          say({
            memory: {
              s,
              rss: mb(m.rss),
              heapUsed: mb(m.heapUsed),
              heapTotal: mb(m.heapTotal),
              external: mb(m.external),
            },
          });
        }, 5000)
      : undefined;
  // BENCH_HEAP_SAMPLE=<file>: where the memory that outlives the young generation is allocated
  // (sampled allocations still alive or freed only by a full GC: what makes the peak RSS)
  const session = env.BENCH_HEAP_SAMPLE
    ? new (await import("node:inspector")).Session()
    : undefined;
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session?.post(method, params, (err, res) => (err ? reject(err) : resolve(res))),
    );
  if (session) {
    session.connect();
    await post("HeapProfiler.startSampling", {
      samplingInterval: 16384,
      includeObjectsCollectedByMajorGC: true,
    });
  }
  const report = await app.jobs.runOnce(T);
  clearInterval(trace);
  if (session) {
    const { profile } = (await post("HeapProfiler.stopSampling")) as { profile: unknown };
    (await import("node:fs")).writeFileSync(
      env.BENCH_HEAP_SAMPLE as string,
      JSON.stringify(profile),
    );
  }
  const seconds = (performance.now() - t0) / 1000;
  const again = await app.jobs.runOnce(new Date(T.getTime() + 60_000));
  const peak = peakRssMb();
  await polling.stop();
  await app.jobs.stop();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
  say({ result: { sent: report.sent, seconds, again: again.sent, peakRssMb: peak, idleRssMb } });
  process.exit(0);
}
