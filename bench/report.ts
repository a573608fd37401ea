/**
 * `npm run bench -- report`: the annual report draft on a year's worth of data: 2,000 services
 * of 50 state bodies with Q1 counts and proposals, 800 of them considered at two held meetings,
 * ~270 roadmaps with their five activities. Times the page (all state bodies / one), the DOCX
 * (kk) and the XLSX, and the April reminder's tick once everyone with figures has been told
 * (what every 5-minute tick costs until 30 April; ten more state bodies have nothing to report). Baseline in the same run: /healthz and the roadmaps page.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import {
  agencies,
  agendaItems,
  answers,
  assignments,
  campaigns,
  meetings,
  officials,
  responses,
  roadmapActivities,
  roadmaps,
  services,
} from "../src/db/schema.js";
import { parseReminderPolicy } from "../src/domain/reminders.js";
import { runReportReminders } from "../src/jobs/report-reminders.js";
import { benchAdminApp } from "./admin-app.js";
import { percentile } from "./stats.js";

const N = 2000;
const AGENCIES = 50;
const CONSIDERED = 800;

export async function benchReport(): Promise<void> {
  const now = new Date("2026-04-16T05:00:00Z"); // the reminder's day, 10:00 in Almaty
  const bench = await benchAdminApp(now);
  const { app } = bench;
  const db = bench.database.db;
  const t0 = performance.now();
  const ag = await db
    .insert(agencies)
    .values(
      Array.from({ length: AGENCIES }, (_, i) => ({
        code: `AG${i}`,
        nameKk: `Министрлік ${i}`,
        nameRu: `Министерство ${i}`,
      })),
    )
    .returning({ id: agencies.id });
  const [camp] = await db
    .insert(campaigns)
    .values({
      year: 2026,
      title: "Bench",
      listSentOn: "2026-03-02",
      dueOn: "2026-04-02",
      reminderPolicy: parseReminderPolicy({}),
      status: "closed",
    })
    .returning();
  const respIds: number[] = [];
  for (let i = 0; i < N; i += 500) {
    const svc = await db
      .insert(services)
      .values(
        Array.from({ length: 500 }, (_, k) => ({
          registryCode: `S${String(i + k).padStart(5, "0")}`,
          nameKk: `Мемлекеттік көрсетілетін қызмет ${i + k}`,
          nameRu: `Государственная услуга ${i + k}`,
          agencyId: ag[(i + k) % AGENCIES]!.id,
        })),
      )
      .returning({ id: services.id, agencyId: services.agencyId });
    const asg = await db
      .insert(assignments)
      .values(svc.map((s) => ({ campaignId: camp!.id, serviceId: s.id, agencyId: s.agencyId })))
      .returning({ id: assignments.id });
    const rs = await db
      .insert(responses)
      .values(asg.map((a) => ({ assignmentId: a.id, status: "accepted" as const })))
      .returning({ id: responses.id });
    respIds.push(...rs.map((r) => r.id));
    await db.insert(answers).values(
      rs.flatMap((r, k) => [
        {
          responseId: r.id,
          questionNo: 1,
          value: { type: "demand", years: [{ year: 2025, count: (k * 7919) % 100_000 }] },
          justification: "x",
        },
        {
          responseId: r.id,
          questionNo: 2,
          value: { type: "choice", choice: k % 2 ? "yes" : "no" },
          justification: "x",
        },
        {
          responseId: r.id,
          questionNo: 4,
          value: {
            type: "term",
            current: { amount: 10, unit: "workDays" },
            target: k % 3 ? { amount: 5, unit: "workDays" } : null,
          },
          justification: "x",
        },
        {
          responseId: r.id,
          questionNo: 5,
          value: k % 4 ? { type: "list", items: ["Справка", "Копия"] } : { type: "none" },
          justification: "x",
        },
        {
          responseId: r.id,
          questionNo: 9,
          value: { type: "choice", choice: k % 5 ? "no" : "yes" },
          justification: "x",
        },
      ]),
    );
  }
  const [m1, m2] = await db
    .insert(meetings)
    .values([
      { startsAt: new Date("2025-03-17T10:00:00Z"), status: "held" as const },
      { startsAt: new Date("2025-06-16T10:00:00Z"), status: "held" as const },
    ])
    .returning({ id: meetings.id });
  const decisions = ["recommended", "returned", "rejected"] as const;
  const items = await db
    .insert(agendaItems)
    .values(
      respIds.slice(0, CONSIDERED).map((responseId, k) => ({
        meetingId: k < CONSIDERED / 2 ? m1!.id : m2!.id,
        responseId,
        position: (k % (CONSIDERED / 2)) + 1,
        decision: decisions[k % 3],
      })),
    )
    .returning({
      id: agendaItems.id,
      responseId: agendaItems.responseId,
      decision: agendaItems.decision,
    });
  const rec = items.filter((x) => x.decision === "recommended");
  const rms = await db
    .insert(roadmaps)
    .values(
      rec.map((x) => ({
        responseId: x.responseId,
        agendaItemId: x.id,
        decidedOn: "2025-03-17",
        dueOn: "2025-04-17",
        status: "approved" as const,
        approvedAt: new Date("2025-04-10T06:00:00Z"),
        version: 1,
      })),
    )
    .returning({ id: roadmaps.id });
  await db.insert(roadmapActivities).values(
    rms.flatMap((r, k) =>
      [1, 2, 3, 4, 5].map((no) => ({
        roadmapId: r.id,
        no,
        deadline: `2025-${String(4 + no).padStart(2, "0")}-15`,
        doneAt:
          (k + no) % 3
            ? new Date(`2025-${String(4 + no).padStart(2, "0")}-1${no}T06:00:00Z`)
            : null,
      })),
    ),
  );
  await db.insert(officials).values(
    ag.map((a, i) => ({
      telegramId: 900_000 + i,
      agencyId: a.id,
      locale: (i % 2 ? "ru" : "kk") as "ru" | "kk",
    })),
  );
  // ten state bodies with nothing to report: never told, and cheap to skip on every tick
  const idle = await db
    .insert(agencies)
    .values(
      Array.from({ length: 10 }, (_, i) => ({
        code: `IDLE${i}`,
        nameKk: `Бос ${i}`,
        nameRu: `Пустой ${i}`,
      })),
    )
    .returning({ id: agencies.id });
  await db
    .insert(officials)
    .values(idle.map((a, i) => ({ telegramId: 950_000 + i, agencyId: a.id })));
  for (let i = 0; i < AGENCIES; i++)
    app.simulator?.addUser({ id: 900_000 + i, first_name: `O${i}`, language_code: "ru" });
  await bench.login();
  const seedMs = performance.now() - t0;
  const f = (n: number) => n.toFixed(1);
  console.log(
    `\nreport bench: ${N} services, ${AGENCIES} state bodies, ${CONSIDERED} considered, ${rms.length} roadmaps (seeded in ${f(seedMs)} ms)`,
  );
  const { time } = bench;
  const line = (label: string, r: { p50: number; p95: number }) =>
    console.log(`  ${label.padEnd(28)} p50 ${f(r.p50)} ms  p95 ${f(r.p95)} ms`);
  line("baseline: /healthz", await time("/healthz", 30));
  const base = await time("/roadmaps", 20);
  line("baseline: /roadmaps page", base);
  const page = await time("/reports?year=2025", 20);
  line("/reports (all state bodies)", page);
  line("/reports (one state body)", await time(`/reports?year=2025&agency=${ag[7]!.id}`, 20));
  const docx = await time("/reports/report.docx?year=2025&lang=kk", 10);
  line("DOCX kk (all, top 10)", docx);
  line("XLSX (all rows)", await time("/reports/report.xlsx?year=2025", 5));
  const jobDeps = { ...app.deps, outbox: app.outbox };
  const first = await runReportReminders(jobDeps, now);
  const ticks: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    const r = await runReportReminders(jobDeps, new Date(now.getTime() + 60_000 * (i + 1)));
    ticks.push(performance.now() - s);
    if (r.sent) throw new Error("a reminder went out twice");
  }
  ticks.sort((a, b) => a - b);
  console.log(
    `  reminder: first run sent ${first.sent}/${first.due}; a later tick p50 ${f(percentile(ticks, 50))} ms  p95 ${f(percentile(ticks, 95))} ms`,
  );
  // relative to the roadmaps page of the same run (absolute times swing with the machine's load)
  console.log(
    `  /reports (all) p50 = ${f(page.p50 / base.p50)}× the roadmaps page; DOCX = ${f(docx.p50 / base.p50)}×`,
  );
  await bench.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchReport();
}
