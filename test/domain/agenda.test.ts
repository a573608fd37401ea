import { describe, expect, it } from "vitest";
import {
  activityState,
  agendaLines,
  answerDigest,
  approveAgenda,
  approveRoadmap,
  canDecide,
  canEditAgenda,
  canOfficialEditRoadmap,
  canRecordAttendance,
  canSendAgenda,
  hasQuorum,
  holdMeeting,
  type MeetingStatus,
  moveItem,
  quorumNeeded,
  renumber,
  reopenAgenda,
  roadmapState,
  timePlan,
  totalMinutes,
  voteOutcome,
} from "../../src/domain/agenda.js";
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
  const ALL: MeetingStatus[] = ["draft", "approved", "held"];
  const allowedFrom = (change: (s: MeetingStatus) => MeetingStatus | null) =>
    ALL.filter((s) => change(s) !== null).map((s) => [s, change(s)]);

  it("approves a draft agenda only", () => {
    expect(allowedFrom(approveAgenda)).toEqual([["draft", "approved"]]);
    expect(approveAgenda("approved")).toBeNull();
    expect(approveAgenda("held")).toBeNull();
  });

  it("re-opens an approved agenda only (not a draft, not a held meeting)", () => {
    expect(allowedFrom(reopenAgenda)).toEqual([["approved", "draft"]]);
    expect(reopenAgenda("draft")).toBeNull();
    expect(reopenAgenda("held")).toBeNull();
  });

  it("holds a meeting whose agenda is approved only", () => {
    expect(allowedFrom(holdMeeting)).toEqual([["approved", "held"]]);
    expect(holdMeeting("draft")).toBeNull();
    expect(holdMeeting("held")).toBeNull();
  });

  it("approves a draft roadmap once", () => {
    expect(approveRoadmap("draft")).toBe("approved");
    expect(approveRoadmap("approved")).toBeNull();
  });

  it("says what each status allows", () => {
    const row = (s: MeetingStatus) => [
      canEditAgenda(s),
      canSendAgenda(s),
      canRecordAttendance(s),
      canDecide(s),
    ];
    expect(row("draft")).toEqual([true, true, false, false]);
    expect(row("approved")).toEqual([false, true, true, false]);
    expect(row("held")).toEqual([false, false, true, true]);
    expect(canOfficialEditRoadmap("draft")).toBe(true);
    expect(canOfficialEditRoadmap("approved")).toBe(false);
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
