import { createNotifier, type Notifier } from "../notifications/notifier.js";
import type { SendResult } from "../telegram/outbox.js";
import type { JobDeps } from "./deps.js";

/**
 * The notifier of one planner run at `at`: its claims and settles are stamped with `at` plus the
 * time the run has taken so far, so a claim's lease starts when it is claimed (not when the run
 * started), while a run at a given instant (tests, catch-up) stays on that instant's timeline.
 */
export function runNotifier(deps: JobDeps, at: Date, onResult?: (r: SendResult) => void): Notifier {
  return createNotifier({ ...deps, now: runClock(deps, at), onResult });
}

/** The run's clock: `at` plus the time the run has taken so far. */
export function runClock(deps: Pick<JobDeps, "now">, at: Date): () => Date {
  const started = deps.now().getTime();
  return () => new Date(at.getTime() + Math.max(0, deps.now().getTime() - started));
}
