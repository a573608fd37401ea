/**
 * One app instance of the reminders bench (bench/reminders.ts), in its own process so it can be
 * killed with SIGKILL: the real app (createApp) on the server database, the fake Bot API of the
 * parent, a clock shared with the parent (BENCH_T0 + time since BENCH_EPOCH), and a planner tick
 * every BENCH_TICK_MS (node-cron's every-minute wake-up, shortened). Each run's report is printed
 * as one JSON line for the parent.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.js";
import { parseConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";
import type { PacedOutbox } from "../src/telegram/outbox.js";

const env = process.env;
const t0 = Number(env.BENCH_T0);
const epoch = Number(env.BENCH_EPOCH);
const tickMs = Number(env.BENCH_TICK_MS ?? 15_000);
const now = () => new Date(t0 + (Date.now() - epoch));

const database = await openDatabase({ url: env.BENCH_DB_URL as string, max: 10 });
const app = await createApp(
  parseConfig({
    BOT_TOKEN: env.BENCH_TOKEN,
    TELEGRAM_API_ROOT: env.BENCH_API_ROOT,
    DATA_DIR: await mkdtemp(join(tmpdir(), "bench-child-")),
    CODE_PEPPER: "bench-pepper-bench-pepper",
    LOG_LEVEL: "silent",
  }),
  { database, logger: createLogger("silent"), now },
);
let stopping = false;
process.on("SIGTERM", async () => {
  stopping = true;
  await app.jobs.stop();
  process.exit(0);
});
const outboxStats = () => (app.outbox as PacedOutbox).stats;
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
while (!stopping) {
  try {
    const r = await app.jobs.runOnce();
    process.stdout.write(`${JSON.stringify({ report: r, outbox: outboxStats() })}\n`);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ error: String(err) })}\n`);
  }
  await new Promise((r) => setTimeout(r, tickMs));
}
