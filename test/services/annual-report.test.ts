/**
 * The annual report's figures (003, sections 1.3 and 3.1) for 2025, from a seeded year: the most
 * demanded services from Q1's counts, the services the Commission considered and its decisions,
 * the roadmaps opened and how they went per activity of Appendix 3, and the proposals as
 * answered and as decided. Every expected number is worked out by hand in test/helpers/report.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/repositories/index.js";
import { ACTIVITY_STATES } from "../../src/domain/annual-report.js";
import { createI18n } from "../../src/i18n/index.js";
import { createLogger } from "../../src/logger.js";
import { loadAnnualReport } from "../../src/services/annual-report.js";
import type { CoreDeps } from "../../src/services/deps.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { REPORT_2025, type ReportWorld, seedReportWorld } from "../helpers/report.js";

let db: TestDatabase;
let deps: CoreDeps;
let world: ReportWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = {
    db: db.db,
    repos: createRepositories(db.db),
    i18n: createI18n(),
    logger: createLogger("silent"),
    now: () => new Date("2026-04-06T05:00:00Z"),
    tz: "Asia/Almaty",
    pepper: "test-pepper-test-pepper",
  };
  world = await seedReportWorld(db.db);
});
afterAll(async () => {
  await db.destroy();
});

const pair = (c: { answered: number; decided: number }) => [c.answered, c.decided];

describe("annual report 2025", () => {
  it("1.3 ranks every service with a 2025 count from a submitted questionnaire", async () => {
    const r = await loadAnnualReport(deps, { year: 2025, agencyId: null });
    expect(r.demand.all.map((l) => [l.registryCode, l.count])).toEqual(
      REPORT_2025.demandAll.map(([k, n]) => [world.service[k].code, n]),
    );
    expect(r.demand.total).toBe(5000 + 1200 + 800 + 300 + 50);
    const a = await loadAnnualReport(deps, { year: 2025, agencyId: world.agencyA, topN: 2 });
    expect(a.demand.top.map((l) => [l.serviceNameRu, l.count, l.rank])).toEqual(
      REPORT_2025.demandTop2A.map(([k, n], i) => [world.service[k].ru, n, i + 1]),
    );
  });

  it("3.1 counts the services considered at meetings held in the year, with the latest decision", async () => {
    const all = await loadAnnualReport(deps, { year: 2025, agencyId: null });
    expect(all.considered.services).toBe(REPORT_2025.considered.all);
    expect(all.considered.decisions).toEqual(REPORT_2025.decisions.all);
    const a = await loadAnnualReport(deps, { year: 2025, agencyId: world.agencyA });
    expect(a.considered.services).toBe(REPORT_2025.considered.A);
    expect(a.considered.decisions).toEqual(REPORT_2025.decisions.A);
    const b = await loadAnnualReport(deps, { year: 2025, agencyId: world.agencyB });
    expect(b.considered.decisions).toEqual(REPORT_2025.decisions.B);
  });

  it("3.1 roadmaps opened in the year, as of its end, overall and per activity", async () => {
    const all = await loadAnnualReport(deps, { year: 2025, agencyId: null });
    expect(all.asOf).toBe("2025-12-31");
    const { opened, ...outcomes } = REPORT_2025.roadmaps.all;
    expect(all.roadmaps.opened).toBe(opened);
    expect(all.roadmaps.outcomes).toEqual(outcomes);
    const order = ["done-on-time", "done-late", "pending", "overdue", "unplanned"] as const;
    expect(all.roadmaps.activities.map((x) => order.map((s) => x.states[s]))).toEqual(
      REPORT_2025.activities,
    );
    expect([...ACTIVITY_STATES].sort()).toEqual([...order].sort());
    const a = await loadAnnualReport(deps, { year: 2025, agencyId: world.agencyA });
    const { opened: openedA, ...outcomesA } = REPORT_2025.roadmaps.A;
    expect([a.roadmaps.opened, a.roadmaps.outcomes]).toEqual([openedA, outcomesA]);
  });

  it("3.1 proposals as answered and as decided (recommended by the Commission)", async () => {
    const all = await loadAnnualReport(deps, { year: 2025, agencyId: null });
    const p = all.proposals;
    expect({
      termReductions: pair(p.termReductions),
      documentsServices: pair(p.documentsServices),
      documents: pair(p.documents),
      electronic: pair(p.electronic),
      proactive: pair(p.proactive),
    }).toEqual(REPORT_2025.proposals);
    expect(p.terms.map((t) => [t.serviceNameRu, t.current, t.target, t.recommended])).toEqual([
      [
        world.service.S1.ru,
        { amount: 15, unit: "workDays" },
        { amount: 5, unit: "workDays" },
        true,
      ],
    ]);
    const s1 = p.excluded.find((e) => e.serviceId === world.service.S1.id)!;
    expect([s1.items.length, s1.count, s1.reduction]).toEqual([2, 3, { from: 6, to: 3 }]);
    const a = (await loadAnnualReport(deps, { year: 2025, agencyId: world.agencyA })).proposals;
    expect({
      termReductions: pair(a.termReductions),
      documents: pair(a.documents),
      electronic: pair(a.electronic),
      proactive: pair(a.proactive),
    }).toEqual(REPORT_2025.proposalsA);
  });

  it("the 2024 report knows nothing of 2025", async () => {
    const r = await loadAnnualReport(deps, { year: 2024, agencyId: null });
    // S1's questionnaire of the 2026 campaign carries 1 100 for 2024; S6's (2025 campaign) 700
    expect(r.demand.all.map((l) => l.count)).toEqual([1100, 700]);
    expect([r.considered.services, r.roadmaps.opened]).toEqual([0, 0]);
  });
});
