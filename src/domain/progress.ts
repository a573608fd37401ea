/**
 * Progress of a campaign's questionnaires as the authorized body sees it.
 * Pure: the admin dashboard, lists and exports all classify the same way.
 *
 * - not-started: no response yet, or a draft with no complete answer
 * - in-progress: a draft with at least one complete answer
 * - submitted / returned / accepted: the response's status
 * - overdue: not submitted or accepted and the due date has passed
 *   (a returned questionnaire past the due date is overdue too)
 */
import type { ResponseStatus } from "./vocabulary.js";

export const PROGRESS_STATES = [
  "not-started",
  "in-progress",
  "submitted",
  "returned",
  "accepted",
  "overdue",
] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

export function progressState(
  r: { status: ResponseStatus | null; answered: number },
  dueOn: string,
  today: string,
): ProgressState {
  if (r.status === "submitted" || r.status === "accepted") return r.status;
  if (today > dueOn) return "overdue";
  if (r.status === "returned") return "returned";
  return r.answered > 0 ? "in-progress" : "not-started";
}

export type StateCounts = Record<ProgressState, number> & { total: number };

export function emptyCounts(): StateCounts {
  return {
    total: 0,
    "not-started": 0,
    "in-progress": 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
    overdue: 0,
  };
}

/** Share of questionnaires delivered (submitted or accepted), 0..1. */
export function doneShare(c: StateCounts): number {
  return c.total === 0 ? 0 : (c.submitted + c.accepted) / c.total;
}

/**
 * Cumulative submissions per day from `from` to `to` (inclusive, "YYYY-MM-DD"),
 * given the local dates on which responses were submitted.
 */
export function cumulativeByDay(
  submittedOn: string[],
  days: string[],
): { day: string; count: number }[] {
  const sorted = [...submittedOn].sort();
  let i = 0;
  return days.map((day) => {
    while (i < sorted.length && (sorted[i] as string) <= day) i++;
    return { day, count: i };
  });
}
