/**
 * Everything the product sends on its own initiative, as one object built by the composition
 * root: the doors (admin routes, jobs) call one function per message family; every function
 * sends through the one notifier (ledger claim → outbox → settle, one error policy).
 */
import type { LocalDate } from "../domain/time.js";
import type { Locale } from "../domain/vocabulary.js";
import type { CoreDeps } from "../services/deps.js";
import type { Outbox } from "../telegram/outbox.js";
import { type AgendaDocument, agendaToMembers } from "./agenda.js";
import type { ClaimKeeper } from "./claims.js";
import type { NotificationDeps } from "./deps.js";
import { type ListRecipient, listSent } from "./list-sent.js";
import { loginCode } from "./login-code.js";
import { createNotifier } from "./notifier.js";
import { type ReviewOutcome, reviewOutcome } from "./review-outcome.js";
import { roadmapOpened } from "./roadmaps.js";

export function createNotifications(
  core: CoreDeps,
  o: { outbox: Outbox; panelUrl?: string; claims?: ClaimKeeper },
) {
  const deps: NotificationDeps = {
    ...core,
    notifier: createNotifier({ ...core, outbox: o.outbox, claims: o.claims }),
    panelUrl: o.panelUrl,
  };
  return {
    deps,
    agendaToMembers: (meetingId: number, document: AgendaDocument) =>
      agendaToMembers(deps, meetingId, document),
    roadmapOpened: (roadmapId: number) => roadmapOpened(deps, roadmapId),
    listSent: (
      campaign: { id: number; year: number; dueOn: string },
      recipients: ListRecipient[],
      today: LocalDate,
    ) => listSent(deps, campaign, recipients, today),
    reviewOutcome: (responseId: number, outcome: ReviewOutcome) =>
      reviewOutcome(deps, responseId, outcome),
    loginCode: (admin: { telegramId: number; locale: Locale }, code: string) =>
      loginCode(deps, admin, code),
  };
}

export type Notifications = ReturnType<typeof createNotifications>;
