/**
 * A year (2025) the annual report is drafted from, written through the real schema: two state
 * bodies, questionnaires with Q1 counts and proposals, three held Commission meetings (one in
 * 2026), decisions and roadmaps. The figures the tests expect are worked out by hand in
 * REPORT_2025 from this description, not by the code under test.
 */
import type { Db } from "../../src/db/client.js";
import {
  agendaItems,
  answers,
  assignments,
  meetings,
  processAnswers,
  responses,
  roadmapActivities,
  roadmaps,
} from "../../src/db/schema.js";
import type { AnswerValue } from "../../src/domain/answers/values.js";
import { seedAgency, seedCampaign, seedOfficial, seedService } from "./seed.js";

type Key = "S1" | "S2" | "S3" | "S4" | "S5" | "S6" | "S7";

const Q = {
  yes: { type: "choice", choice: "yes" },
  no: { type: "choice", choice: "no" },
  partly: { type: "choice", choice: "partly" },
  none: { type: "none" },
} as const satisfies Record<string, AnswerValue>;

const demand = (...ys: [number, number][]): AnswerValue => ({
  type: "demand",
  years: ys.map(([year, count]) => ({ year, count })),
});
const term = (a: number, u: string, b: number | null, v?: string): AnswerValue =>
  ({
    type: "term",
    current: { amount: a, unit: u },
    target: b === null ? null : { amount: b, unit: v ?? u },
  }) as AnswerValue;
const docs = (...items: string[]): AnswerValue => ({ type: "list", items });

/**
 * The services: agency, names, response status, answers (Q1, Q2, Q4, Q5, Q9) and the Appendix 1
 * proposals that correct them (item 4 electronic only, 8 proactive, 10 term, 11 documents).
 */
const SERVICES: Record<
  Key,
  {
    agency: "A" | "B";
    ru: string;
    kk: string;
    status: "submitted" | "accepted" | "draft";
    answers: Record<number, AnswerValue>;
    process?: Record<number, AnswerValue>;
  }
> = {
  S1: {
    agency: "A",
    ru: "Выдача лицензии на туристическую деятельность",
    kk: "Туристік қызметке лицензия беру",
    status: "accepted",
    answers: {
      1: demand([2024, 1100], [2025, 1200]),
      2: Q.yes,
      4: term(15, "workDays", 5),
      5: docs("Справка с места жительства", "Копия удостоверения"),
      9: Q.no,
    },
    // Appendix 1 corrects the count: 6 required documents → 3 (Q5 names only two)
    process: { 11: { type: "range", from: 6, to: 3 } },
  },
  S2: {
    agency: "A",
    ru: "Регистрация туроператоров",
    kk: "Туроператорларды тіркеу",
    status: "submitted",
    answers: {
      1: demand([2025, 300]),
      2: Q.partly,
      4: term(10, "calendarDays", null),
      5: Q.none,
      9: Q.yes,
    },
  },
  S3: {
    agency: "A",
    ru: "Выдача справки о туристском маршруте",
    kk: "Туристік маршрут туралы анықтама беру",
    status: "submitted",
    answers: {
      1: demand([2025, 5000]),
      2: Q.yes,
      4: term(3, "hours", 1),
      5: docs("Маршрутный лист"),
      9: Q.yes,
    },
    // Appendix 1: on reflection the term cannot be shortened
    process: { 10: Q.no },
  },
  S4: {
    agency: "A",
    ru: "Аттестация гидов",
    kk: "Гидтерді аттестаттау",
    status: "draft",
    answers: { 1: demand([2025, 9999]) },
  },
  S5: {
    agency: "B",
    ru: "Выдача разрешения на охоту",
    kk: "Аң аулауға рұқсат беру",
    status: "submitted",
    answers: {
      1: demand([2025, 800]),
      2: Q.yes,
      4: term(5, "workDays", 7, "calendarDays"),
      5: docs("Путёвка", "Квитанция", "Фото"),
      9: Q.no,
    },
    // Appendix 1: proactive after all (Q9 said no)
    process: { 8: Q.yes },
  },
  S6: {
    agency: "B",
    ru: "Выдача охотничьего билета",
    kk: "Аңшылық куәлігін беру",
    status: "submitted",
    answers: { 1: demand([2024, 700]), 2: Q.no, 9: Q.no },
  },
  S7: {
    agency: "B",
    ru: "Регистрация охотничьих угодий",
    kk: "Аңшылық алқаптарын тіркеу",
    status: "accepted",
    answers: { 1: demand([2025, 50]), 2: Q.no, 4: term(5, "workDays", null), 5: Q.none, 9: Q.no },
  },
};

/** The hand-computed figures of 2025 (see the seed above). */
export const REPORT_2025 = {
  demandAll: [
    ["S3", 5000],
    ["S1", 1200],
    ["S5", 800],
    ["S2", 300],
    ["S7", 50],
  ] as [Key, number][],
  demandTop2A: [
    ["S3", 5000],
    ["S1", 1200],
  ] as [Key, number][],
  considered: { all: 5, A: 3, B: 2 },
  decisions: {
    all: { recommended: 3, returned: 0, rejected: 1, none: 1 },
    A: { recommended: 2, returned: 0, rejected: 0, none: 1 },
    B: { recommended: 1, returned: 0, rejected: 1, none: 0 },
  },
  roadmaps: {
    all: { opened: 3, "completed-on-time": 1, "completed-late": 0, "in-progress": 1, overdue: 1 },
    A: { opened: 2, "completed-on-time": 1, "completed-late": 0, "in-progress": 0, overdue: 1 },
  },
  /** per activity 1..5: [done on time, done late, pending, overdue, unplanned] (all bodies) */
  activities: [
    [3, 0, 0, 0, 0],
    [2, 1, 0, 0, 0],
    [2, 0, 0, 1, 0],
    [2, 0, 1, 0, 0],
    [1, 0, 1, 0, 1],
  ],
  /**
   * [as answered, as decided] (all bodies): terms S1 only (S3's Appendix 1 says no); documents
   * S1 3 (Appendix 1: 6 → 3) + S3 1 + S5 3; proactive S2, S3 and S5 (Appendix 1)
   */
  proposals: {
    termReductions: [1, 1],
    documentsServices: [3, 1],
    documents: [7, 3],
    electronic: [3, 1],
    proactive: [3, 1],
  },
  proposalsA: { termReductions: [1, 1], documents: [4, 3], electronic: [2, 1], proactive: [2, 1] },
} as const;

export interface ReportWorld {
  agencyA: number;
  agencyB: number;
  service: Record<Key, { id: number; ru: string; kk: string; code: string }>;
  /** Telegram ids: an official of A (kk) and one of B (ru) */
  officialA: number;
  officialB: number;
}

const noon = (d: string) => new Date(`${d}T12:00:00Z`);
/** 15:00 in Almaty */
const at15 = (d: string) => new Date(`${d}T10:00:00Z`);

export async function seedReportWorld(
  db: Db,
  o: { officialA?: number; officialB?: number } = {},
): Promise<ReportWorld> {
  const agencyA = (await seedAgency(db, "Министерство туризма")).id;
  const agencyB = (await seedAgency(db, "Министерство экологии")).id;
  const campaign = await seedCampaign(db, {
    year: 2026,
    listSentOn: "2026-03-02",
    dueOn: "2026-04-02",
  });
  const campaign2025 = await seedCampaign(db, {
    year: 2025,
    listSentOn: "2025-03-03",
    dueOn: "2025-04-03",
  });
  const service = {} as ReportWorld["service"];
  const responseOf = {} as Record<Key, number>;
  for (const [key, s] of Object.entries(SERVICES) as [Key, (typeof SERVICES)[Key]][]) {
    const agencyId = s.agency === "A" ? agencyA : agencyB;
    const row = await seedService(db, agencyId, s.ru, s.kk);
    service[key] = { id: row.id, ru: s.ru, kk: s.kk, code: row.registryCode };
    // S6 answered in the 2025 campaign (its counts are of 2024): never in the 2025 report's 1.3
    const [a] = await db
      .insert(assignments)
      .values({
        campaignId: key === "S6" ? campaign2025.id : campaign.id,
        serviceId: row.id,
        agencyId,
      })
      .returning();
    const [r] = await db
      .insert(responses)
      .values({ assignmentId: a!.id, status: s.status, submittedAt: noon("2026-03-20") })
      .returning();
    responseOf[key] = r!.id;
    await db.insert(answers).values(
      Object.entries(s.answers).map(([no, value]) => ({
        responseId: r!.id,
        questionNo: Number(no),
        value,
        justification: "Обоснование",
      })),
    );
    if (s.process)
      await db.insert(processAnswers).values(
        Object.entries(s.process).map(([no, value]) => ({
          responseId: r!.id,
          itemNo: Number(no),
          value,
        })),
      );
  }
  // the Commission: two meetings held in 2025, one in 2026, one draft in 2025
  const meeting = async (date: string, status: "held" | "draft") =>
    (
      await db
        .insert(meetings)
        .values({ startsAt: at15(date), status, place: "" })
        .returning()
    )[0]!.id;
  const m1 = await meeting("2025-03-17", "held");
  const m2 = await meeting("2025-06-16", "held");
  const m3 = await meeting("2026-01-19", "held");
  const m4 = await meeting("2025-09-15", "draft");
  const item = async (
    meetingId: number,
    key: Key,
    position: number,
    decision: "recommended" | "returned" | "rejected" | null,
  ) =>
    (
      await db
        .insert(agendaItems)
        .values({ meetingId, responseId: responseOf[key], position, decision })
        .returning()
    )[0]!.id;
  await item(m1, "S1", 1, "returned");
  const i2 = await item(m1, "S2", 2, "recommended");
  const i1 = await item(m2, "S1", 1, "recommended");
  await item(m2, "S5", 2, "rejected");
  const i3 = await item(m2, "S3", 3, null);
  const i7 = await item(m2, "S7", 4, "recommended");
  const i6 = await item(m3, "S6", 1, "recommended");
  await item(m4, "S3", 1, "recommended");

  type Act = [deadline: string | null, done: string | null];
  const roadmap = async (
    key: Key,
    agendaItemId: number,
    v: { decidedOn: string; dueOn: string; approvedOn: string | null; closed?: boolean },
    acts: Act[],
  ) => {
    const [r] = await db
      .insert(roadmaps)
      .values({
        responseId: responseOf[key],
        agendaItemId,
        decidedOn: v.decidedOn,
        dueOn: v.dueOn,
        status: v.closed ? "closed" : v.approvedOn ? "approved" : "draft",
        approvedAt: v.approvedOn ? noon(v.approvedOn) : null,
        version: v.approvedOn ? 1 : 0,
      })
      .returning();
    await db.insert(roadmapActivities).values(
      acts.map(([deadline, done], i) => ({
        roadmapId: r!.id,
        no: i + 1,
        deadline,
        doneAt: done ? noon(done) : null,
      })),
    );
  };
  // R1: completed on time
  await roadmap(
    "S2",
    i2,
    { decidedOn: "2025-03-17", dueOn: "2025-04-17", approvedOn: "2025-04-10" },
    [
      ["2025-05-01", "2025-04-25"],
      ["2025-08-01", "2025-07-30"],
      ["2025-09-01", "2025-09-01"],
      ["2025-10-01", "2025-09-20"],
      ["2025-11-01", "2025-10-30"],
    ],
  );
  // R2: approved late; activity 2 done late, 3 overdue at the year's end, 4 due in 2026, 5 no deadline
  await roadmap(
    "S1",
    i1,
    { decidedOn: "2025-06-16", dueOn: "2025-07-16", approvedOn: "2025-07-20" },
    [
      ["2025-08-01", "2025-07-25"],
      ["2025-10-01", "2025-10-05"],
      ["2025-12-01", null],
      ["2026-02-01", null],
      [null, null],
    ],
  );
  // closed by a changed decision: not in the report
  await roadmap(
    "S3",
    i3,
    { decidedOn: "2025-06-16", dueOn: "2025-07-16", approvedOn: null, closed: true },
    [["2025-08-01", "2025-07-25"]],
  );
  // R5: everything on time, activity 5 done in January 2026 (after the reporting year)
  await roadmap(
    "S7",
    i7,
    { decidedOn: "2025-06-16", dueOn: "2025-07-16", approvedOn: "2025-07-01" },
    [
      ["2025-08-01", "2025-07-20"],
      ["2025-09-01", "2025-08-20"],
      ["2025-10-01", "2025-09-20"],
      ["2025-11-01", "2025-10-20"],
      ["2026-01-31", "2026-01-10"],
    ],
  );
  // decided in 2026: the 2026 report's
  await roadmap("S6", i6, { decidedOn: "2026-01-19", dueOn: "2026-02-19", approvedOn: null }, [
    ["2026-03-01", null],
  ]);

  const officialA = o.officialA ?? 7001;
  const officialB = o.officialB ?? 7002;
  await seedOfficial(db, {
    telegramId: officialA,
    agencyId: agencyA,
    locale: "kk",
    campaignId: campaign.id,
    serviceIds: [],
  });
  await seedOfficial(db, {
    telegramId: officialB,
    agencyId: agencyB,
    locale: "ru",
    campaignId: campaign.id,
    serviceIds: [],
  });
  return { agencyA, agencyB, service, officialA, officialB };
}

/** The tables of a DOCX as rows of cell texts (document order), for checking figures. */
export async function docxTables(bytes: Uint8Array | ArrayBuffer): Promise<string[][][]> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = (s: string) =>
    [...s.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
      .join("\n")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((tbl) =>
    [...tbl[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => text(tc[0])),
    ),
  );
}
