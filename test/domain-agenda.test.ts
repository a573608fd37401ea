import { describe, expect, it } from "vitest";
import {
  activityState,
  answerDigest,
  hasQuorum,
  moveItem,
  quorumNeeded,
  renumber,
  roadmapState,
  timePlan,
  totalMinutes,
  voteOutcome,
} from "../src/domain/agenda.js";
import type { AnswerValue } from "../src/domain/answers.js";
import { kazakhstanCalendar } from "../src/domain/calendar.js";
import {
  isLateForMaterials,
  materialsDeadline,
  roadmapDueDate,
  thirdMonday,
} from "../src/domain/deadlines.js";
import { toLocalDate as d, type LocalDate } from "../src/domain/time.js";
import { dueKind } from "../src/jobs/roadmap-reminders.js";

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
