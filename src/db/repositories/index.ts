/**
 * Every repository over one database handle, built once at start-up and passed in the deps.
 * Repositories own all SQL; nothing above src/db/ writes a query.
 */
import type { Db } from "../client.js";
import { adminsRepo } from "./admins.js";
import { agenciesRepo } from "./agencies.js";
import { annualReportRepo } from "./annual-report.js";
import { calendarRepo } from "./calendar.js";
import { campaignsRepo } from "./campaigns.js";
import { invitesRepo } from "./invites.js";
import { ledgerRepo } from "./ledger.js";
import { loginCodesRepo } from "./login-codes.js";
import { meetingsRepo } from "./meetings.js";
import { officialsRepo } from "./officials.js";
import { playgroundRepo } from "./playground.js";
import { processRepo } from "./process.js";
import { progressListsRepo } from "./progress-lists.js";
import { rateLimitsRepo } from "./rate-limits.js";
import { remindersRepo } from "./reminders.js";
import { responsesRepo } from "./responses.js";
import { roadmapsRepo } from "./roadmaps.js";
import { sendBudgetRepo } from "./send-budget.js";
import { servicesRepo } from "./services.js";
import { sessionsRepo } from "./sessions.js";

export function createRepositories(db: Db) {
  return {
    admins: adminsRepo(db),
    agencies: agenciesRepo(db),
    annualReport: annualReportRepo(db),
    calendar: calendarRepo(db),
    campaigns: campaignsRepo(db),
    invites: invitesRepo(db),
    ledger: ledgerRepo(db),
    loginCodes: loginCodesRepo(db),
    meetings: meetingsRepo(db),
    officials: officialsRepo(db),
    playground: playgroundRepo(db),
    processItems: processRepo(db),
    progressLists: progressListsRepo(db),
    rateLimits: rateLimitsRepo(db),
    reminders: remindersRepo(db),
    responses: responsesRepo(db),
    roadmaps: roadmapsRepo(db),
    sendBudget: sendBudgetRepo(db),
    services: servicesRepo(db),
    sessions: sessionsRepo(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
