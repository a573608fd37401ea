/**
 * Turns time into work. node-cron only wakes the planner up (REMINDER_CRON, every minute
 * by default, in the configured zone); what is due and what was already sent is decided in
 * the database by `runReminders` (see reminders.ts), so restarts, overlapping ticks and
 * several instances never double-send. Within one process a tick that finds the previous run
 * still going is skipped (the next tick continues the work).
 */
import cron, { type ScheduledTask } from "node-cron";
import { type ReminderDeps, type RunReport, runReminders } from "./reminders.js";
import { runReportReminders } from "./report-reminders.js";
import { runRoadmapReminders } from "./roadmap-reminders.js";

export type { RunReport } from "./reminders.js";

export type JobDeps = Omit<ReminderDeps, "shouldStop">;

export interface Jobs {
  /** one planner run at `now` (default: the app's clock); what tests call */
  runOnce(now?: Date): Promise<RunReport>;
  /** starts the node-cron wake-up (idempotent) */
  schedule(expression: string): void;
  /** stops the wake-up, stops claiming new work and waits for the run in progress */
  stop(): Promise<void>;
}

export function startJobs(deps: JobDeps & { cron?: string }): Jobs {
  let task: ScheduledTask | undefined;
  let stopping = false;
  let running: Promise<RunReport> | undefined;

  const runOnce = (now?: Date): Promise<RunReport> => {
    const run = runReminders({ ...deps, shouldStop: () => stopping }, now).then(async (report) => {
      // roadmap and activity deadlines (000 p.13–15): same ledger, same exactly-once claim
      if (!stopping) {
        await runRoadmapReminders(deps, now ?? deps.now()).catch((err) =>
          deps.logger.error({ err }, "roadmap reminders failed"),
        );
      }
      // the annual report draft in April (003 p.9): same ledger, same exactly-once claim
      if (!stopping) {
        await runReportReminders(deps, now ?? deps.now()).catch((err) =>
          deps.logger.error({ err }, "annual report reminders failed"),
        );
      }
      return report;
    });
    const tracked = run.finally(() => {
      if (running === tracked) running = undefined;
    });
    running = tracked;
    return tracked;
  };

  const jobs: Jobs = {
    runOnce,
    schedule(expression) {
      if (task || stopping) return;
      task = cron.schedule(
        expression,
        async () => {
          if (running) return;
          try {
            await runOnce();
          } catch (err) {
            deps.logger.error({ err }, "reminder run failed");
          }
        },
        { timezone: deps.tz, noOverlap: true, name: "reminders" },
      );
    },
    async stop() {
      stopping = true;
      await task?.destroy();
      task = undefined;
      await running?.catch(() => {});
    },
  };
  if (deps.cron) jobs.schedule(deps.cron);
  return jobs;
}
