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

export async function benchAdmin(): Promise<void> {
  const bench = await benchAdminApp(new Date("2026-04-20T05:00:00Z"));
  const db = bench.database.db;

  const t0 = performance.now();
  const ag = await db
    .insert(agencies)
    .values(
      Array.from({ length: 300 }, (_, i) => ({
        code: `AG${i}`,
        nameKk: `Орган ${i}`,
        nameRu: `Орган ${i}`,
      })),
    )
    .returning({ id: agencies.id });
  const svcIds: number[] = [];
  for (let i = 0; i < 2000; i += 500) {
    const rows = await db
      .insert(services)
      .values(
        Array.from({ length: 500 }, (_, k) => ({
          registryCode: `S${String(i + k).padStart(5, "0")}`,
          nameKk: `Қызмет ${i + k}`,
          nameRu: `Услуга ${i + k}`,
          agencyId: ag[(i + k) % ag.length]!.id,
        })),
      )
      .returning({ id: services.id, agencyId: services.agencyId });
    svcIds.push(...rows.map((r) => r.id));
  }
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
  const asg = [];
  for (let i = 0; i < svcIds.length; i += 500) {
    asg.push(
      ...(await db
        .insert(assignments)
        .values(
          svcIds.slice(i, i + 500).map((id, k) => ({
            campaignId: camp!.id,
            serviceId: id,
            agencyId: ag[(i + k) % ag.length]!.id,
          })),
        )
        .returning({ id: assignments.id })),
    );
  }
  const resp = [];
  for (let i = 0; i < asg.length; i += 500) {
    resp.push(
      ...(await db
        .insert(responses)
        .values(
          asg.slice(i, i + 500).map((a, k) => ({
            assignmentId: a.id,
            status: "submitted" as const,
            submittedAt: new Date(Date.UTC(2026, 2, 31 + ((i + k) % 20), 6)),
          })),
        )
        .returning({ id: responses.id })),
    );
  }
  const answerRows = resp.flatMap((r) =>
    Array.from({ length: 14 }, (_, q) => ({
      responseId: r.id,
      questionNo: q + 1,
      value:
        q === 0
          ? { type: "demand", years: [{ year: 2025, count: 12345 }] }
          : { type: "choice", choice: "yes" },
      justification: `Обоснование к параметру ${q + 1}: данные информационной системы и статистика обращений.`,
    })),
  );
  for (let i = 0; i < answerRows.length; i += 2000)
    await db.insert(answers).values(answerRows.slice(i, i + 2000));
  await bench.login();
  console.log(
    `admin bench: seeded 300 agencies, 2000 services, 2000 responses × 14 answers in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const measure = async (name: string, path: string, n: number) => {
    const { p50, p95 } = await bench.time(path, n);
    console.log(
      `  ${name.padEnd(22)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   (n=${n})`,
    );
    return p95;
  };
  // baseline in the same run: the cheapest route through the same app (one trivial query)
  const base = await measure("baseline: /healthz", "/healthz", 40);
  const p = [
    await measure("dashboard", "/", 40),
    await measure("responses list", "/responses?sort=agency", 40),
  ];
  await measure("response page", `/responses/${resp[1000]!.id}`, 40);
  let bytes = 0;
  const sized = async (r: Response) => {
    if (r.status !== 200) throw new Error(`status ${r.status}`);
    bytes = (await r.arrayBuffer()).byteLength;
  };
  const cp = await bench.time(`/campaigns/${camp!.id}`, 40, sized);
  console.log(
    `  ${"campaign page (2000)".padEnd(22)} p50 ${cp.p50.toFixed(1).padStart(7)} ms   p95 ${cp.p95.toFixed(1).padStart(7)} ms   (n=40)   HTML ${(bytes / 1024).toFixed(0)} KB`,
  );
  const x = await measure("XLSX export (2000)", `/campaigns/${camp!.id}/export.xlsx`, 3);
  const ok = (b: boolean) => (b ? "OK" : "MISSED");
  console.log(
    `  targets (issue 14; /healthz p95 ${base.toFixed(1)} ms): dashboard and responses list p95 < 50 ms → ${ok(p.every((v) => v < 50))}; campaign page p95 < 100 ms → ${ok(cp.p95 < 100)}, HTML < 150 KB → ${ok(bytes < 150 * 1024)}; XLSX < 3000 ms → ${ok(x < 3000)}`,
  );
  await bench.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchAdmin();
