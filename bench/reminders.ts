/**
 * `npm run bench -- reminders`: the reminder fan-out under faults (issue 11), as a table.
 *
 * BENCH_OFFICIALS officials (default 400) are due a reminder; the app runs as 1–2 child
 * processes (bench/reminders-child.ts: the real app, a planner tick every BENCH_TICK_MS, default
 * 15 s, instead of node-cron's minute) on the PostgreSQL server (TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test; a fresh database per scenario, reached through a
 * loopback TCP proxy that can be cut), against the fake Bot API in this process with Telegram's
 * limits (30 msg/s overall, 5 then 1/s per chat). Scenarios:
 *   clean           one instance
 *   kill -9         one instance, SIGKILLed after a third is delivered; a new one starts at once
 *   two instances   two instances from the start
 *   late join       Telegram slowed to BENCH_LATENCY_MS (300) per call; a 2nd instance joins after a third
 *   telegram outage every call answers 502 for BENCH_TG_OUTAGE_S (60) after a third
 *   database outage the database unreachable for BENCH_DB_OUTAGE_S (30) after a third
 * Columns: duplicates (extra copies), misses (officials without a reminder at the end),
 * 429s the fake's limiter gave, sends after the window (18:00), time to finish (first tick to
 * the last official's first copy), ambiguous failures (outbox), and the bench's own wait
 * (a lease plus a tick after finishing, so late re-sends would be seen).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { CLAIM_LEASE_MS } from "../src/db/repositories/ledger.js";
import { FakeBotApi } from "../src/telegram/fake-bot-api.js";
import { createTestDatabase } from "../test/helpers/db.js";
import { seedCrowd } from "../test/helpers/fanout.js";
import { startDatabaseProxy } from "../test/helpers/tcp-proxy.js";

const TOKEN = "123456789:BENCH-token-for-the-fake-api";
const T0 = new Date("2026-04-27T05:00:00Z").getTime(); // Monday 10:00 Almaty: "3 days before"
const WINDOW_END = new Date("2026-04-27T13:00:00Z").getTime(); // 18:00 Almaty
const SERVER = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const N = Number(process.env.BENCH_OFFICIALS ?? 400);
const TICK_MS = Number(process.env.BENCH_TICK_MS ?? 15_000);
const FIRST = 6_000_000;

interface Row {
  scenario: string;
  duplicates: number;
  misses: number;
  tooMany: number;
  afterWindow: number;
  finishS: number;
  uncertain: number;
  note: string;
}

interface Instance {
  child: ChildProcess;
  uncertain: number;
  errors: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function scenario(
  name: string,
  plan: (ctx: {
    fake: FakeBotApi;
    start: () => Promise<Instance>;
    delivered: () => number;
    cutDatabase: () => void;
    restoreDatabase: () => void;
  }) => Promise<string>,
): Promise<Row> {
  const db = await createTestDatabase({ serverUrl: SERVER, max: 5 });
  const proxy = await startDatabaseProxy(db.url as string);
  const fake = await FakeBotApi.start({
    token: TOKEN,
    globalPerSecond: 30,
    perChatPerSecond: 1,
    perChatBurst: 5,
  });
  for (let i = 0; i < N; i++)
    fake.addUser({ id: FIRST + i, first_name: `U${i}`, language_code: "ru" });
  await seedCrowd(db.db, { n: N, firstTelegramId: FIRST, dueOn: "2026-04-30" });

  const epoch = Date.now();
  const virtual = (ms: number) => T0 + (ms - epoch);
  const firstAt = new Map<number, number>();
  let afterWindow = 0;
  fake.on("message", (m) => {
    const t = Date.now();
    if (!firstAt.has(m.chat_id)) firstAt.set(m.chat_id, t);
    if (virtual(t) > WINDOW_END) afterWindow++;
  });
  const instances: Instance[] = [];
  /** time to finish counts from the first instance ready (not the bench's own start-up) */
  let firstReady: number | undefined;
  const start = async (): Promise<Instance> => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/reminders-child.ts"], {
      env: {
        ...process.env,
        BENCH_DB_URL: proxy.through(db.url as string),
        BENCH_API_ROOT: fake.apiRoot,
        BENCH_TOKEN: TOKEN,
        BENCH_T0: String(T0),
        BENCH_EPOCH: String(epoch),
        BENCH_TICK_MS: String(TICK_MS),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const inst: Instance = { child, uncertain: 0, errors: 0 };
    instances.push(inst);
    let ready: () => void = () => {};
    const isReady = new Promise<void>((r) => {
      ready = r;
    });
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      try {
        const msg = JSON.parse(line);
        if (msg.ready) ready();
        if (msg.outbox) inst.uncertain = msg.outbox.uncertain;
        if (msg.error) inst.errors++;
      } catch {
        // not ours
      }
    });
    await isReady;
    firstReady ??= Date.now();
    return inst;
  };
  const delivered = () => firstAt.size;
  const note = await plan({
    fake,
    start,
    delivered,
    cutDatabase: () => proxy.cut(),
    restoreDatabase: () => proxy.restore(),
  });
  const deadline = Date.now() + (N / 20) * 1000 + 4 * TICK_MS + 2 * CLAIM_LEASE_MS;
  while (delivered() < N && Date.now() < deadline) await sleep(200);
  const finishS = (Math.max(...firstAt.values()) - (firstReady ?? epoch)) / 1000;
  // a lease and a tick more: a claim re-sent late would show up as a duplicate
  await sleep(CLAIM_LEASE_MS + TICK_MS);
  for (const i of instances) i.child.kill("SIGTERM");
  await Promise.all(
    instances.map((i) =>
      i.child.exitCode !== null || i.child.signalCode !== null
        ? undefined
        : new Promise((r) => i.child.once("exit", r)),
    ),
  );
  let duplicates = 0;
  let misses = 0;
  for (let i = 0; i < N; i++) {
    const c = fake.messages(FIRST + i).length;
    if (c === 0) misses++;
    if (c > 1) duplicates += c - 1;
  }
  const row: Row = {
    scenario: name,
    duplicates,
    misses,
    tooMany: fake.stats.tooManyRequests,
    afterWindow,
    finishS,
    uncertain: instances.reduce((s, i) => s + i.uncertain, 0),
    note,
  };
  await fake.close();
  await proxy.close();
  await db.destroy();
  console.log(JSON.stringify(row));
  return row;
}

const third = (delivered: () => number) => async () => {
  while (delivered() < N / 3) await sleep(50);
};

export async function benchReminders(): Promise<void> {
  console.log(
    `\n== reminders under faults: ${N} officials, PostgreSQL server, tick ${TICK_MS / 1000} s, lease ${CLAIM_LEASE_MS / 1000} s ==`,
  );
  const rows: Row[] = [];
  rows.push(
    await scenario("clean", async ({ start }) => {
      await start();
      return "1 instance";
    }),
  );
  rows.push(
    await scenario("kill -9", async ({ start, delivered }) => {
      const a = await start();
      await third(delivered)();
      a.child.kill("SIGKILL");
      const at = delivered();
      await start();
      return `SIGKILL at ${at} delivered, new instance started at once`;
    }),
  );
  rows.push(
    await scenario("two instances", async ({ start }) => {
      await Promise.all([start(), start()]);
      return "2 instances from the start";
    }),
  );
  const latency = Number(process.env.BENCH_LATENCY_MS ?? 300);
  rows.push(
    await scenario("late join under latency", async ({ fake, start, delivered }) => {
      fake.setLatency(latency);
      await start();
      await third(delivered)();
      await start();
      return `Telegram +${latency} ms per call; 2nd instance joins at ${delivered()}`;
    }),
  );
  const tgOutage = Number(process.env.BENCH_TG_OUTAGE_S ?? 60);
  rows.push(
    await scenario("telegram outage", async ({ fake, start, delivered }) => {
      await start();
      await third(delivered)();
      fake.setOutage(true);
      setTimeout(() => fake.setOutage(false), tgOutage * 1000);
      return `every call 502 for ${tgOutage} s from ${delivered()} delivered`;
    }),
  );
  const dbOutage = Number(process.env.BENCH_DB_OUTAGE_S ?? 30);
  rows.push(
    await scenario(
      "database outage",
      async ({ start, delivered, cutDatabase, restoreDatabase }) => {
        await start();
        await third(delivered)();
        cutDatabase();
        setTimeout(restoreDatabase, dbOutage * 1000);
        return `database cut for ${dbOutage} s from ${delivered()} delivered`;
      },
    ),
  );

  const header = [
    "scenario",
    "duplicates",
    "misses",
    "429s",
    "after window",
    "finish (s)",
    "ambiguous",
    "conditions",
  ];
  console.log(`\n| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${r.duplicates} | ${r.misses} | ${r.tooMany} | ${r.afterWindow} | ${r.finishS.toFixed(1)} | ${r.uncertain} | ${r.note} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchReminders();
}
