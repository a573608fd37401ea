import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import {
  agencies,
  answers,
  assignments,
  campaigns,
  responses,
  services,
} from "../src/db/schema.js";
import { parseReminderPolicy } from "../src/domain/reminders.js";
import { benchAdminApp } from "./admin-app.js";

const N = 2000;
const AGENCIES = 50;

export async function benchAgenda(): Promise<void> {
  const bench = await benchAdminApp(new Date("2026-04-10T05:00:00Z"));
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
      listSentOn: "2026-03-30",
      dueOn: "2026-04-30",
      reminderPolicy: parseReminderPolicy({}),
      status: "sent",
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
      .values(
        asg.map((a, k) => ({
          assignmentId: a.id,
          status: (k % 4 === 0 ? "accepted" : "submitted") as "accepted" | "submitted",
          submittedAt: new Date(Date.UTC(2026, 3, 1, 6, k % 60)),
        })),
      )
      .returning({ id: responses.id });
    respIds.push(...rs.map((r) => r.id));
    const ans = rs.flatMap((r, k) => [
      {
        responseId: r.id,
        questionNo: 1,
        value: { type: "demand", years: [{ year: 2025, count: 1000 + k }] },
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
        questionNo: 3,
        value: { type: "choice", choice: "partly" },
        justification: "x",
      },
      {
        responseId: r.id,
        questionNo: 8,
        value: { type: "choice", choice: "yes" },
        justification: "x",
      },
      {
        responseId: r.id,
        questionNo: 9,
        value: { type: "choice", choice: k % 3 ? "no" : "yes" },
        justification: "x",
      },
      {
        responseId: r.id,
        questionNo: 10,
        value: { type: "list", items: ["Композит"] },
        justification: "x",
      },
    ]);
    await db.insert(answers).values(ans);
  }
  const repo = app.deps.repos.meetings;
  const meeting = await repo.create({
    startsAt: new Date("2026-04-20T10:00:00Z"),
    place: "Астана, Дом министерств",
  });
  const big = await repo.create({ startsAt: new Date("2026-05-18T10:00:00Z"), place: "Астана" });
  await repo.addItems(meeting.id, respIds.slice(0, 10), 10);
  await repo.addItems(big.id, respIds.slice(100, 150), 10);
  await bench.login();
  const seedMs = performance.now() - t0;

  const time = bench.time;
  const okHtml = async (r: Response) => {
    if (r.status !== 200) throw new Error(`page status ${r.status}`);
    await r.text();
  };
  const okDocx = async (r: Response) => {
    if (r.status !== 200) throw new Error(`docx status ${r.status}`);
    await r.arrayBuffer();
  };
  const pages: [string, string][] = [
    ["no filter", `/meetings/${meeting.id}`],
    ["agency", `/meetings/${meeting.id}?agency=${ag[7]!.id}`],
    ["status", `/meetings/${meeting.id}?status=accepted`],
    ["search", `/meetings/${meeting.id}?q=${encodeURIComponent("услуга 19")}`],
  ];
  const f = (n: number) => n.toFixed(1);
  console.log(
    `\nagenda bench: ${N} submitted responses, ${AGENCIES} agencies (seeded in ${f(seedMs)} ms)`,
  );
  // baseline in the same run: the cheapest route through the same app
  const base = await time("/healthz", 40, okHtml);
  console.log(`  baseline: /healthz        p50 ${f(base.p50)} ms  p95 ${f(base.p95)} ms`);
  let worst = 0;
  for (const [label, path] of pages) {
    const r = await time(path, 40, okHtml);
    worst = Math.max(worst, r.p95);
    console.log(`  compiler page (${label.padEnd(9)}) p50 ${f(r.p50)} ms  p95 ${f(r.p95)} ms`);
  }
  const d = await time(`/meetings/${big.id}/agenda.docx?lang=kk`, 20, okDocx);
  console.log(`  50-item agenda DOCX       p50 ${f(d.p50)} ms  p95 ${f(d.p95)} ms`);
  console.log(
    `  targets: page p95 < 100 ms ${worst < 100 ? "OK" : "MISSED"}; DOCX < 500 ms ${d.p95 < 500 ? "OK" : "MISSED"}`,
  );
  await bench.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await benchAgenda();
}
