/** `npm run bench`: every benchmark in turn (each prints its figures and its baseline). */

import { benchAdmin } from "./admin.js";
import { benchAgenda } from "./agenda.js";
import { benchQuestionnaire } from "./questionnaire.js";
import { benchReminders } from "./reminders.js";
import { benchRemindersThroughput } from "./reminders-throughput.js";
import { benchReport } from "./report.js";
import { benchScaling } from "./scaling.js";
import { benchStartup } from "./startup.js";

const only = process.argv[2];
const benches: Record<string, () => Promise<void>> = {
  startup: benchStartup,
  admin: benchAdmin,
  questionnaire: benchQuestionnaire,
  agenda: benchAgenda,
  reminders: benchReminders,
  "reminders-throughput": benchRemindersThroughput,
  report: benchReport,
  scaling: benchScaling,
};
for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
  await run();
}
