/**
 * How cost grows with the number of officials (`npm run bench -- scaling`): at 200, 2,000 and
 * 20,000 officials (BENCH_SCALING_SIZES), each with one service and one questionnaire (half
 * submitted, half in progress, 14 answers each), measures the reminder planner (one run that
 * decides what is due and checks the ledger, claiming nothing), the dashboard (from its cache,
 * and after a response changed: what a live campaign mostly sees), the agenda compiler's page
 * and the campaign's XLSX export (streamed: its heap should stay flat), with the growth from one
 * size to the next and the first limit a country-wide deployment would hit.
 * The database is the PostgreSQL server (BENCH_DATABASE_URL / TEST_DATABASE_URL, default the
 * local one) or PGlite with BENCH_DB=pglite. Baseline in the same run: /healthz through the
 * same app at the same size.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { runReminders } from "../src/jobs/reminders.js";
import { createTestDatabase } from "../test/helpers/db.js";
import { seedCrowd } from "../test/helpers/fanout.js";
import { benchAdminApp, okPage } from "./admin-app.js";
import { percentile } from "./stats.js";

// Monday 27 April 2026, 10:00 in Almaty: three working days before the due date
const T = new Date("2026-04-27T05:00:00Z");

interface Row {
  officials: number;
  seedS: number;
  healthz: number;
  planMs: number;
  planDue: number;
  planHeapMb: number;
  planRssMb: number;
  dashboard: number;
  dashboardChanged: number;
  agenda: number;
  xlsx: number;
  xlsxKb: number;
  xlsxHeapMb: number;
}

/** Runs `f`, sampling memory every 5 ms: time, and the peak heap and RSS above the start. */
async function withMemory<T>(f: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const m0 = process.memoryUsage();
  let heap = m0.heapUsed;
  let rss = m0.rss;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  }, 5);
  const t0 = performance.now();
  const value = await f();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const m = process.memoryUsage();
  heap = Math.max(heap, m.heapUsed);
  rss = Math.max(rss, m.rss);
  return { value, ms, heapMb: (heap - m0.heapUsed) / 2 ** 20, rssMb: (rss - m0.rss) / 2 ** 20 };
}

async function atSize(n: number, serverUrl: string | null): Promise<Row> {
  const database = await createTestDatabase({ serverUrl, max: 10 });
  const t0 = performance.now();
  const crowd = await seedCrowd(database.db, {
    n,
    firstTelegramId: 7_000_000,
    dueOn: "2026-04-30",
  });
  const db = database.db;
  await db.execute(sql`
    insert into responses (assignment_id, status, started_at, submitted_at)
    select a.id,
           case when a.id % 2 = 0 then 'submitted' else 'draft' end,
           timestamptz '2026-04-01 06:00Z',
           case when a.id % 2 = 0 then timestamptz '2026-04-10 06:00Z' end
    from assignments a where a.campaign_id = ${crowd.campaignId}`);
  await db.execute(sql`
    insert into answers (response_id, question_no, value, justification)
    select r.id, q,
           case when q = 1 then '{"type":"demand","years":[{"year":2025,"count":12345}]}'::jsonb
                else '{"type":"choice","choice":"yes"}'::jsonb end,
           'Обоснование: данные информационной системы и статистика обращений за два года.'
    from responses r join assignments a on a.id = r.assignment_id
    cross join generate_series(1, 14) q
    where a.campaign_id = ${crowd.campaignId}`);
  // a steady state: autovacuum has passed (since PostgreSQL 13 inserts trigger it too), so
  // the visibility map lets the "answered" index answer without visiting the rows
  await db.execute(sql`vacuum analyze`);
  const bench = await benchAdminApp(T, database);
  const meeting = await bench.app.deps.repos.meetings.create({
    startsAt: new Date("2026-05-18T10:00:00Z"),
    place: "Астана",
  });
  await bench.login();
  const seedS = (performance.now() - t0) / 1000;

  const runs = n >= 20_000 ? 3 : 10;
  const healthz = (await bench.time("/healthz", runs)).p50;
  // the planner as the cron tick runs it, stopped before its first claim: all the deciding,
  // none of the sending (the reminders bench measures that)
  const deps = { ...bench.app.deps, outbox: bench.app.outbox, shouldStop: () => true };
  await runReminders(deps, T); // warm-up (calendar, plans)
  const plan = await withMemory(() => runReminders(deps, T));
  const dashboard = (await bench.time("/", runs)).p50;
  // a response changed before each request: the progress cache is stale, the rows are read again
  const changed: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    await db.execute(sql`
      update responses set updated_at = updated_at + interval '1 second'
      where id = (select min(id) from responses)`);
    const t = performance.now();
    await okPage(await bench.app.http.request("/", { headers: bench.headers() }));
    if (i > 0) changed.push(performance.now() - t);
  }
  const dashboardChanged = percentile(
    changed.sort((a, b) => a - b),
    50,
  );
  const agenda = (await bench.time(`/meetings/${meeting.id}`, runs)).p50;
  let xlsxBytes = 0;
  const xlsxPath = `/campaigns/${crowd.campaignId}/export.xlsx`;
  const readXlsx = async (r: Response) => {
    if (r.status !== 200) throw new Error(`xlsx status ${r.status}`);
    xlsxBytes = (await r.arrayBuffer()).byteLength;
  };
  // time: the median of a few exports after the warm-up (one export is a noisy sample on a
  // shared machine); memory: one more export, alone in its window
  const xlsxMs = (await bench.time(xlsxPath, runs, readXlsx)).p50;
  const xlsxMemory = await withMemory(async () =>
    readXlsx(await bench.app.http.request(xlsxPath, { headers: bench.headers() })),
  );
  await bench.close();
  await database.destroy();
  return {
    officials: n,
    seedS,
    healthz,
    planMs: plan.ms,
    planDue: plan.value.due,
    planHeapMb: plan.heapMb,
    planRssMb: plan.rssMb,
    dashboard,
    dashboardChanged,
    agenda,
    xlsx: xlsxMs,
    xlsxKb: xlsxBytes / 1024,
    xlsxHeapMb: xlsxMemory.heapMb,
  };
}

/** "×k" growth of `b` over `a`, for a 10× size step: ≈10 linear, ≈13 n·log n, ≈100 quadratic. */
const growth = (a: number, b: number) => (a > 0 ? `×${(b / a).toFixed(1)}` : "—");

export async function benchScaling(): Promise<void> {
  const sizes = (process.env.BENCH_SCALING_SIZES ?? "200,2000,20000").split(",").map(Number);
  const serverUrl =
    process.env.BENCH_DB === "pglite"
      ? null
      : (process.env.BENCH_DATABASE_URL ??
        process.env.TEST_DATABASE_URL ??
        "postgres://postgres@127.0.0.1:5432/test");
  const rows: Row[] = [];
  for (const n of sizes) rows.push(await atSize(n, serverUrl));
  const f = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1));
  console.log(
    `\n## Scaling with the number of officials (${serverUrl ? "PostgreSQL server" : "PGlite"}; one service and questionnaire each)`,
  );
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        `${r.officials} officials`,
        {
          "baseline /healthz ms": f(r.healthz),
          "reminder plan ms": f(r.planMs),
          "plan: due": r.planDue,
          "plan heap MB": f(r.planHeapMb),
          "plan RSS Δ MB": f(r.planRssMb),
          "dashboard ms": f(r.dashboard),
          "dashboard after a change ms": f(r.dashboardChanged),
          "agenda page ms": f(r.agenda),
          "XLSX ms": f(r.xlsx),
          "XLSX KB": f(r.xlsxKb),
          "XLSX heap MB": f(r.xlsxHeapMb),
          "seed s": f(r.seedS),
        },
      ]),
    ),
  );
  const steps: Record<string, Record<string, string>> = {};
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    steps[`${a.officials} → ${b.officials}`] = {
      "reminder plan": growth(a.planMs, b.planMs),
      "plan heap": growth(a.planHeapMb, b.planHeapMb),
      dashboard: growth(a.dashboard, b.dashboard),
      "dashboard after a change": growth(a.dashboardChanged, b.dashboardChanged),
      "agenda page": growth(a.agenda, b.agenda),
      XLSX: growth(a.xlsx, b.xlsx),
      "XLSX heap": growth(a.xlsxHeapMb, b.xlsxHeapMb),
    };
  }
  console.log("growth per step (×10 officials: ≈×10 is linear, ≈×100 quadratic)");
  console.table(steps);
  const top = rows[rows.length - 1];
  if (top) console.log(firstLimit(top));
}

/**
 * The first limit at the largest size: the slowest thing a person waits for, and what needs the
 * most memory, each with its cost per official (what a bigger country would multiply).
 */
function firstLimit(r: Row): string {
  const waits: [string, number][] = [
    ["the campaign's XLSX export", r.xlsx],
    ["the dashboard after a change", r.dashboardChanged],
    ["the dashboard", r.dashboard],
    ["the agenda page", r.agenda],
    ["the reminder planner's run", r.planMs],
  ];
  waits.sort((a, b) => b[1] - a[1]);
  const heaps: [string, number][] = [
    ["the XLSX export", r.xlsxHeapMb],
    ["the reminder planner", r.planHeapMb],
  ];
  heaps.sort((a, b) => b[1] - a[1]);
  const [name, ms] = waits[0] as [string, number];
  const [second, ms2] = waits[1] as [string, number];
  const [heapName, mb] = heaps[0] as [string, number];
  const per = (x: number) => `${((x * 1000) / r.officials).toFixed(1)} µs per official`;
  return [
    `first limit at ${r.officials} officials: ${name}, ${Math.round(ms)} ms (${per(ms)}); next ${second}, ${Math.round(ms2)} ms`,
    `most memory: ${heapName}, +${mb.toFixed(1)} MB heap at its peak`,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScaling();
