import { describe, expect, it } from "vitest";
import {
  activityDateProblems,
  activityState,
  agendaLines,
  allows,
  type CampaignStatus,
  type Change,
  canDecide,
  canEditAgenda,
  canOfficialEditRoadmap,
  canRecordAttendance,
  type Decision,
  hasQuorum,
  type MeetingStatus,
  moveItem,
  quorumNeeded,
  type RoadmapStatus,
  renumber,
  roadmapState,
  TRANSITIONS,
  timePlan,
  totalMinutes,
  transition,
  voteOutcome,
} from "../../src/domain/agenda.js";
import { answerDigest } from "../../src/domain/agenda-digest.js";
import type { AnswerValue } from "../../src/domain/answers/values.js";
import { kazakhstanCalendar } from "../../src/domain/calendar.js";
import {
  isLateForMaterials,
  materialsDeadline,
  roadmapDueDate,
  thirdMonday,
} from "../../src/domain/deadlines.js";
import { toLocalDate as d, type LocalDate } from "../../src/domain/time.js";
import { dueKind } from "../../src/jobs/roadmap-reminders.js";

describe("time plan", () => {
  it("chains items from the start time and totals the minutes", () => {
    const plan = timePlan(15 * 60, [{ minutes: 10 }, { minutes: 25 }, { minutes: 30 }]);
    expect(plan).toEqual([
      { start: "15:00", end: "15:10" },
      { start: "15:10", end: "15:35" },
      { start: "15:35", end: "16:05" },
    ]);
    expect(totalMinutes([{ minutes: 10 }, { minutes: 25 }])).toBe(35);
    expect(timePlan(23 * 60 + 50, [{ minutes: 20 }])[0]).toEqual({ start: "23:50", end: "00:10" });
    expect(timePlan(600, [])).toEqual([]);
  });
});

describe("reorder", () => {
  it("moves an item one place and keeps the edges", () => {
    expect(moveItem([1, 2, 3], 3, "up")).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 1, "down")).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 1, "up")).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 3, "down")).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 9, "up")).toEqual([1, 2, 3]);
    expect(renumber([7, 5])).toEqual([
      { id: 7, position: 1 },
      { id: 5, position: 2 },
    ]);
  });
});

describe("digest of answers", () => {
  it("lists the optimisations answered yes/partly and the latest demand", () => {
    const v = new Map<number, AnswerValue>([
      [
        1,
        {
          type: "demand",
          years: [
            { year: 2024, count: 100 },
            { year: 2025, count: 1234 },
          ],
        },
      ],
      [2, { type: "choice", choice: "yes" }],
      [3, { type: "choice", choice: "partly" }],
      [7, { type: "choice", choice: "no" }],
      [8, { type: "choice", choice: "yes" }],
      [9, { type: "choice", choice: "no" }],
      [10, { type: "list", items: ["Услуга Б"] }],
    ]);
    expect(answerDigest(v)).toEqual({
      demand: { year: 2025, count: 1234 },
      yes: ["e-only", "otp", "composite"],
      partly: ["e-result"],
    });
    expect(answerDigest(new Map())).toEqual({ demand: null, yes: [], partly: [] });
    expect(
      answerDigest(new Map([[10, { type: "choice", choice: "no" } as AnswerValue]])).yes,
    ).toEqual([]);
  });
});

describe("quorum and vote (001 p.27–29)", () => {
  it("needs at least half of all members", () => {
    expect(hasQuorum(5, 10)).toBe(true);
    expect(hasQuorum(4, 10)).toBe(false);
    expect(hasQuorum(4, 7)).toBe(true);
    expect(hasQuorum(3, 7)).toBe(false);
    expect(hasQuorum(0, 0)).toBe(false);
    expect(quorumNeeded(7)).toBe(4);
    expect(quorumNeeded(10)).toBe(5);
  });
  it("decides by majority, the chair's vote breaks a tie", () => {
    expect(voteOutcome({ for: 4, against: 3 })).toBe("adopted");
    expect(voteOutcome({ for: 2, against: 3 })).toBe("not-adopted");
    expect(voteOutcome({ for: 3, against: 3, chair: "for" })).toBe("adopted");
    expect(voteOutcome({ for: 3, against: 3, chair: "against" })).toBe("not-adopted");
    expect(voteOutcome({ for: 3, against: 3 })).toBe("undecided");
  });
});

describe("roadmap states", () => {
  const today = d("2026-06-10");
  it("activity: done on time / late, pending, overdue, unplanned", () => {
    expect(activityState({ deadline: d("2026-06-01"), doneOn: d("2026-06-01") }, today)).toBe(
      "done-on-time",
    );
    expect(activityState({ deadline: d("2026-06-01"), doneOn: d("2026-06-02") }, today)).toBe(
      "done-late",
    );
    expect(activityState({ deadline: d("2026-06-10"), doneOn: null }, today)).toBe("pending");
    expect(activityState({ deadline: d("2026-06-09"), doneOn: null }, today)).toBe("overdue");
    expect(activityState({ deadline: null, doneOn: null }, today)).toBe("unplanned");
  });
  it("roadmap: late when approval is past due or any activity is late", () => {
    const acts = [{ deadline: d("2026-07-01"), doneOn: null }];
    expect(
      roadmapState({ dueOn: d("2026-06-20"), approvedOn: null, activities: acts }, today),
    ).toBe("on-time");
    expect(
      roadmapState({ dueOn: d("2026-06-01"), approvedOn: null, activities: acts }, today),
    ).toBe("late");
    expect(
      roadmapState(
        { dueOn: d("2026-06-01"), approvedOn: d("2026-05-30"), activities: acts },
        today,
      ),
    ).toBe("on-time");
    expect(
      roadmapState(
        {
          dueOn: d("2026-06-20"),
          approvedOn: null,
          activities: [{ deadline: d("2026-06-05"), doneOn: null }],
        },
        today,
      ),
    ).toBe("late");
  });
});

describe("deadlines used by the agenda", () => {
  const cal = kazakhstanCalendar();
  it("materials 3 working days before a meeting, around a holiday", () => {
    // Nauryz 2026: 21–23 March plus transferred days off on 24 and 25 March.
    // Meeting Thursday 26 March → three working days back: 20 (Fri), 19 (Thu), 18 (Wed);
    // without the holidays it would have been Monday 23 March.
    const meeting = d("2026-03-26");
    const deadline = materialsDeadline(meeting, cal);
    for (const off of ["2026-03-23", "2026-03-24", "2026-03-25"])
      expect(cal.isWorkingDay(d(off))).toBe(false);
    expect(deadline).toBe("2026-03-18");
    expect(isLateForMaterials(d("2026-03-18"), meeting, cal)).toBe(false);
    expect(isLateForMaterials(d("2026-03-19"), meeting, cal)).toBe(true);
  });
  it("roadmap due one month after the decision, moved off days off", () => {
    expect(roadmapDueDate(d("2026-04-20"), cal)).toBe("2026-05-20");
    // 7 April + 1 month = 7 May (Defender's Day) → 8 May? 9 May Victory Day (Sat) → next working day
    const due = roadmapDueDate(d("2026-04-07"), cal);
    expect(cal.isWorkingDay(due)).toBe(true);
    expect(due >= "2026-05-07").toBe(true);
    expect(thirdMonday(2026, 4)).toBe("2026-04-20");
  });
  it("reminder kind: before (3 working days), due, overdue once", () => {
    const date = d("2026-05-20") as LocalDate; // Wednesday
    expect(dueKind(date, d("2026-05-14"), cal)).toBeNull();
    expect(dueKind(date, d("2026-05-15"), cal)).toEqual({
      kind: "before",
      scheduledFor: "2026-05-15",
    });
    expect(dueKind(date, d("2026-05-19"), cal)).toEqual({
      kind: "before",
      scheduledFor: "2026-05-15",
    });
    expect(dueKind(date, d("2026-05-20"), cal)).toEqual({
      kind: "due",
      scheduledFor: "2026-05-20",
    });
    expect(dueKind(date, d("2026-05-25"), cal)).toEqual({
      kind: "overdue",
      scheduledFor: "2026-05-21",
    });
  });
});

describe("status changes (rule 7)", () => {
  const MEETING: MeetingStatus[] = ["draft", "approved", "held", "cancelled"];
  const ROADMAP: RoadmapStatus[] = ["draft", "approved", "closed"];
  const CAMPAIGN: CampaignStatus[] = ["draft", "sent", "closed", "cancelled"];
  const today = d("2026-04-20");
  /** [from, to] of every status an action is allowed from, through `transition` */
  const meetingMoves = (action: "approve" | "reopen" | "cancel") =>
    MEETING.flatMap((status) => {
      const r = transition({ of: "meeting", action, status });
      return r.ok ? [[status, r.to]] : [];
    });
  const roadmapMoves = (action: keyof typeof TRANSITIONS.roadmap) =>
    ROADMAP.flatMap((status) => {
      const r = transition({ of: "roadmap", action, status });
      return r.ok ? [[status, r.to]] : [];
    });
  const campaignMoves = (action: keyof typeof TRANSITIONS.campaign) =>
    CAMPAIGN.flatMap((status) => {
      const r = transition({ of: "campaign", action, status });
      return r.ok ? [[status, r.to]] : [];
    });

  it("meeting: approve a draft, re-open an approved agenda, cancel anything not held", () => {
    expect(meetingMoves("approve")).toEqual([["draft", "approved"]]);
    expect(meetingMoves("reopen")).toEqual([["approved", "draft"]]);
    expect(meetingMoves("cancel")).toEqual([
      ["draft", "cancelled"],
      ["approved", "cancelled"],
    ]);
    // the refusals say why: an approved agenda is frozen, the rest is the status
    for (const status of ["approved", "held", "cancelled"] as const)
      expect(transition({ of: "meeting", action: "approve", status })).toEqual({
        ok: false,
        refusal: { reason: "frozen" },
      });
    for (const status of ["draft", "held", "cancelled"] as const)
      expect(transition({ of: "meeting", action: "reopen", status })).toEqual({
        ok: false,
        refusal: { reason: "state" },
      });
    expect(transition({ of: "meeting", action: "cancel", status: "held" })).toEqual({
      ok: false,
      refusal: { reason: "state" },
    });
  });

  it("meeting: held from an approved agenda, on or after its date only (the date is said)", () => {
    const hold = (status: MeetingStatus, date: string) =>
      transition({ of: "meeting", action: "hold", status, date: d(date), today });
    expect(hold("approved", "2026-04-20")).toEqual({ ok: true, to: "held", roadmap: null });
    expect(hold("approved", "2026-04-13")).toMatchObject({ ok: true, to: "held" });
    expect(hold("approved", "2026-04-21")).toEqual({
      ok: false,
      refusal: { reason: "not-yet", date: "2026-04-21" },
    });
    for (const status of ["draft", "held", "cancelled"] as const)
      expect(hold(status, "2026-04-20")).toEqual({ ok: false, refusal: { reason: "state" } });
  });

  it("sending: an approved version only, confirmed for that version, each version once", () => {
    const at = new Date("2026-04-15T05:00:00Z");
    const send = (
      status: MeetingStatus,
      o: { version?: number; confirmed?: number; sent?: { version: number; at: Date } | null } = {},
    ) =>
      transition({
        of: "meeting",
        action: "send",
        status,
        version: o.version ?? 2,
        confirmed: o.confirmed ?? 2,
        sent: o.sent ?? null,
      });
    expect(send("approved")).toEqual({ ok: true, to: "approved", roadmap: null });
    expect(send("draft")).toEqual({ ok: false, refusal: { reason: "not-approved" } });
    expect(send("held")).toEqual({ ok: false, refusal: { reason: "state" } });
    expect(send("cancelled")).toEqual({ ok: false, refusal: { reason: "state" } });
    expect(send("approved", { sent: { version: 2, at } })).toEqual({
      ok: false,
      refusal: { reason: "already-sent", version: 2, at },
    });
    // version 1 went out, the Commission changed the agenda: version 2 goes out too
    expect(send("approved", { sent: { version: 1, at } }).ok).toBe(true);
    // the confirmation was for version 1 but version 2 is approved now
    expect(send("approved", { confirmed: 1 })).toEqual({
      ok: false,
      refusal: { reason: "stale", version: 2 },
    });
  });

  it("roadmap: approve a draft, re-open an approved one, close/restore only through a decision", () => {
    expect(roadmapMoves("approve")).toEqual([["draft", "approved"]]);
    expect(roadmapMoves("reopen")).toEqual([["approved", "draft"]]);
    expect(roadmapMoves("edit")).toEqual([["draft", "draft"]]);
    expect(roadmapMoves("close")).toEqual([
      ["draft", "closed"],
      ["approved", "closed"],
    ]);
    expect(roadmapMoves("restore")).toEqual([["closed", "draft"]]);
    // an approved roadmap is frozen: editing it is refused as such
    expect(transition({ of: "roadmap", action: "edit", status: "approved" })).toEqual({
      ok: false,
      refusal: { reason: "frozen" },
    });
    expect(transition({ of: "roadmap", action: "edit", status: "closed" })).toEqual({
      ok: false,
      refusal: { reason: "state" },
    });
  });

  it("campaign: send (again) a draft or sent one, close a sent one, cancel a draft", () => {
    expect(campaignMoves("send")).toEqual([
      ["draft", "sent"],
      ["sent", "sent"],
    ]);
    expect(campaignMoves("close")).toEqual([["sent", "closed"]]);
    expect(campaignMoves("cancel")).toEqual([["draft", "cancelled"]]);
  });

  it("the table and `allows` agree with `transition` for every action and status", () => {
    for (const action of Object.keys(TRANSITIONS.roadmap) as (keyof typeof TRANSITIONS.roadmap)[])
      for (const status of ROADMAP)
        expect(allows("roadmap", action, status)).toBe(
          transition({ of: "roadmap", action, status }).ok,
        );
    for (const action of ["approve", "reopen", "cancel"] as const)
      for (const status of MEETING)
        expect(allows("meeting", action, status)).toBe(
          transition({ of: "meeting", action, status }).ok,
        );
  });

  it("says what each status allows", () => {
    const row = (s: MeetingStatus) => [canEditAgenda(s), canRecordAttendance(s), canDecide(s)];
    expect(row("draft")).toEqual([true, false, false]);
    expect(row("approved")).toEqual([false, true, false]);
    expect(row("held")).toEqual([false, true, true]);
    expect(row("cancelled")).toEqual([false, false, false]);
    expect(canOfficialEditRoadmap("draft")).toBe(true);
    expect(canOfficialEditRoadmap("approved")).toBe(false);
    expect(canOfficialEditRoadmap("closed")).toBe(false);
  });
});

describe("a decision and what follows for the roadmap (rule 7)", () => {
  const decide = (
    from: Decision | null,
    to: Decision,
    roadmap: RoadmapStatus | null,
    o: { meeting?: MeetingStatus; date?: string; today?: string } = {},
  ) =>
    transition({
      of: "decision",
      meeting: o.meeting ?? "held",
      date: d(o.date ?? "2026-04-20"),
      today: d(o.today ?? "2026-04-20"),
      from,
      to,
      roadmap,
    } satisfies Change);

  it("recommended opens the roadmap, or restores a closed one, and leaves an open one", () => {
    expect(decide(null, "recommended", null)).toEqual({
      ok: true,
      to: "recommended",
      roadmap: "open",
    });
    expect(decide("rejected", "recommended", "closed")).toMatchObject({ roadmap: "restore" });
    expect(decide("recommended", "recommended", "approved")).toMatchObject({ roadmap: null });
    expect(decide("recommended", "recommended", "draft")).toMatchObject({ roadmap: null });
  });

  it("another decision closes an open roadmap (draft or approved), nothing else", () => {
    for (const to of ["rejected", "returned"] as const) {
      expect(decide("recommended", to, "approved")).toEqual({ ok: true, to, roadmap: "close" });
      expect(decide("recommended", to, "draft")).toMatchObject({ roadmap: "close" });
      expect(decide("recommended", to, "closed")).toMatchObject({ roadmap: null });
      expect(decide(null, to, null)).toMatchObject({ roadmap: null });
    }
  });

  it("is refused before the meeting is held and when its date is in the future", () => {
    for (const meeting of ["draft", "approved", "cancelled"] as const)
      expect(decide(null, "recommended", null, { meeting })).toEqual({
        ok: false,
        refusal: { reason: "state" },
      });
    expect(decide(null, "recommended", null, { date: "2026-04-21" })).toEqual({
      ok: false,
      refusal: { reason: "future-decision", date: "2026-04-21" },
    });
  });
});

describe("roadmap dates (rule 8)", () => {
  const decided = d("2026-04-20");
  const today = d("2026-05-10");
  const act = (no: number, deadline: string | null, doneOn: string | null = null) => ({
    no,
    deadline: deadline ? d(deadline) : null,
    doneOn: doneOn ? d(doneOn) : null,
  });

  it("accepts dates from the decision on and done dates up to today", () => {
    expect(
      activityDateProblems(decided, today, [
        act(1, "2026-04-20", "2026-04-20"),
        act(2, "2027-12-31", "2026-05-10"),
        act(3, null),
      ]),
    ).toEqual([]);
  });

  it("refuses deadlines and done dates before the decision, and done dates in the future", () => {
    expect(
      activityDateProblems(decided, today, [
        act(1, "1999-01-01"),
        act(2, "2026-06-01", "2026-04-19"),
        act(3, "2026-06-01", "2026-05-11"),
      ]),
    ).toEqual([
      { no: 1, field: "deadline", reason: "before-decision" },
      { no: 2, field: "done", reason: "before-decision" },
      { no: 3, field: "done", reason: "future" },
    ]);
  });
});

describe("agenda lines", () => {
  it("numbers, names in the language, falls back to the agency as speaker, times the plan", () => {
    const item = {
      registryCode: "S1",
      serviceNameKk: "Қызмет",
      serviceNameRu: "Услуга",
      agencyNameKk: "Министрлік",
      agencyNameRu: "Министерство",
      minutes: 10,
    };
    const lines = agendaLines(
      15 * 60,
      [
        { ...item, speaker: null },
        { ...item, speaker: "Вице-министр", minutes: 25 },
      ],
      "ru",
    );
    expect(lines).toEqual([
      {
        no: 1,
        service: "Услуга (S1)",
        agency: "Министерство",
        speaker: "Министерство",
        time: "15:00–15:10",
        minutes: 10,
      },
      {
        no: 2,
        service: "Услуга (S1)",
        agency: "Министерство",
        speaker: "Вице-министр",
        time: "15:10–15:35",
        minutes: 25,
      },
    ]);
    expect(agendaLines(600, [{ ...item, speaker: null }], "kk")[0]?.service).toBe("Қызмет (S1)");
  });
});
