/**
 * Campaigns as the secretary runs them: create (year, title, dates, services), edit, the
 * reminder policy, adding and removing services, sending the list, closing a sent campaign (no
 * more reminders) and cancelling a draft made by mistake (kept, hidden from pickers). Every
 * change is audited; status changes are asked of `transition` (domain/agenda.ts). The default
 * due date comes from the working-day calendar (one month of working days after the list is
 * sent).
 */
import { audit } from "../db/repositories/audit.js";
import type { CampaignRow } from "../db/repositories/campaigns.js";
import type { Paging } from "../db/repositories/paging.js";
import { transition } from "../domain/agenda.js";
import { campaignDueDate } from "../domain/deadlines.js";
import { parseReminderPolicy, type ReminderPolicy } from "../domain/reminders.js";
import { type LocalDate, localDate } from "../domain/time.js";
import type { Locale } from "../domain/vocabulary.js";
import type { Notifications } from "../notifications/index.js";
import type { ListSentResult } from "../notifications/list-sent.js";
import type { Acting } from "./acting.js";
import type { CoreDeps } from "./deps.js";

/** Registry codes in any text (spaces, commas, semicolons, new lines) → service ids; unknown codes reported. */
export async function resolveServiceCodes(
  deps: CoreDeps,
  text: string,
): Promise<{ ids: number[]; unknown: string[] }> {
  const codes = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (codes.length === 0) return { ids: [], unknown: [] };
  const found = await deps.repos.services.campaignableByCodes(codes);
  const known = new Set(found.map((s) => s.registryCode));
  return { ids: found.map((s) => s.id), unknown: codes.filter((x) => !known.has(x)) };
}

/** The due date when none is given: from the list's sending date (or today) on the calendar. */
export async function defaultDueDate(deps: CoreDeps, listSentOn?: LocalDate): Promise<LocalDate> {
  const cal = await deps.repos.calendar.load();
  return campaignDueDate(listSentOn ?? localDate(deps.now(), deps.tz), cal);
}

export interface CampaignDates {
  listSentOn?: LocalDate;
  dueOn: LocalDate;
}

/** A campaign is due on or after the day its list is sent. */
export function dueBeforeSent(d: CampaignDates): boolean {
  return !!d.listSentOn && d.dueOn < d.listSentOn;
}

export async function createCampaign(
  w: Acting,
  v: { year: number; title: string; listSentOn?: LocalDate; dueOn?: LocalDate },
  serviceIds: number[],
): Promise<{ ok: true; campaign: CampaignRow } | { ok: false; error: "due-before-sent" }> {
  const dueOn = v.dueOn ?? (await defaultDueDate(w.deps, v.listSentOn));
  if (dueBeforeSent({ listSentOn: v.listSentOn, dueOn }))
    return { ok: false, error: "due-before-sent" };
  const repo = w.deps.repos.campaigns;
  const campaign = await repo.create({
    year: v.year,
    title: v.title,
    listSentOn: v.listSentOn ?? null,
    dueOn,
    reminderPolicy: parseReminderPolicy({}),
  });
  const added = await repo.addServices(campaign.id, serviceIds);
  await audit(w.deps.db, {
    actor: w.actor,
    action: "create",
    entity: "campaign",
    entityId: campaign.id,
    after: { ...campaign, services: added },
  });
  return { ok: true, campaign };
}

export async function updateCampaign(
  w: Acting,
  campaign: CampaignRow,
  v: { title: string } & CampaignDates,
): Promise<boolean> {
  if (dueBeforeSent(v)) return false;
  const after = { title: v.title, listSentOn: v.listSentOn ?? null, dueOn: v.dueOn };
  await w.deps.repos.campaigns.update(campaign.id, after);
  await audit(w.deps.db, {
    actor: w.actor,
    action: "update",
    entity: "campaign",
    entityId: campaign.id,
    before: { title: campaign.title, listSentOn: campaign.listSentOn, dueOn: campaign.dueOn },
    after,
  });
  return true;
}

export async function setReminderPolicy(
  w: Acting,
  campaign: CampaignRow,
  policy: ReminderPolicy,
): Promise<void> {
  await w.deps.repos.campaigns.update(campaign.id, { reminderPolicy: policy });
  await audit(w.deps.db, {
    actor: w.actor,
    action: "update-policy",
    entity: "campaign",
    entityId: campaign.id,
    before: campaign.reminderPolicy,
    after: policy,
  });
}

/** Whether this year's submit waits for Appendix 1 (the business process); audited. */
export async function setProcessOptional(
  w: Acting,
  campaign: CampaignRow,
  optional: boolean,
): Promise<void> {
  if (campaign.processOptional === optional) return;
  await w.deps.repos.campaigns.update(campaign.id, { processOptional: optional });
  await audit(w.deps.db, {
    actor: w.actor,
    action: "update-process-optional",
    entity: "campaign",
    entityId: campaign.id,
    before: { processOptional: campaign.processOptional },
    after: { processOptional: optional },
  });
}

export async function addCampaignServices(
  w: Acting,
  campaign: CampaignRow,
  serviceIds: number[],
): Promise<number> {
  const added = await w.deps.repos.campaigns.addServices(campaign.id, serviceIds);
  await audit(w.deps.db, {
    actor: w.actor,
    action: "add-services",
    entity: "campaign",
    entityId: campaign.id,
    after: { serviceIds, added },
  });
  return added;
}

export async function removeCampaignService(
  w: Acting,
  campaign: CampaignRow,
  serviceId: number,
): Promise<void> {
  await w.deps.repos.campaigns.removeService(campaign.id, serviceId);
  await audit(w.deps.db, {
    actor: w.actor,
    action: "remove-service",
    entity: "campaign",
    entityId: campaign.id,
    before: { serviceId },
  });
}

/** One page of the campaign's services (with their questionnaire, if any) for its page. */
export async function campaignServices(
  deps: CoreDeps,
  campaign: CampaignRow,
  f: { q?: string; agencyId?: number; locale: Locale },
  paging: Paging,
) {
  return deps.repos.progressLists.page(
    campaign.id,
    { ...f, dueOn: campaign.dueOn, today: localDate(deps.now(), deps.tz) },
    paging,
  );
}

/**
 * Sending a campaign's list of services (Rules p.7): the campaign becomes "sent", every
 * official of the listed services' agencies is linked to their questionnaires and told in
 * Telegram (src/notifications/list-sent.ts: once per official and day, so a double click or a
 * second instance sends nothing twice). Null when the campaign is closed or cancelled.
 */
export async function sendCampaignList(
  deps: CoreDeps,
  notifications: Pick<Notifications, "listSent">,
  campaign: CampaignRow,
  actor: string,
): Promise<ListSentResult | null> {
  const t = transition({ of: "campaign", action: "send", status: campaign.status });
  if (!t.ok) return null;
  const repo = deps.repos.campaigns;
  const today = localDate(deps.now(), deps.tz);
  const listSentOn = campaign.listSentOn ?? today;
  if (!(await repo.setStatus(campaign.id, campaign.status, t.to, { listSentOn }))) return null;
  const recipients = await repo.linkAgencyOfficials(campaign.id);
  const result = await notifications.listSent(campaign, recipients, today);
  await audit(deps.db, {
    actor,
    action: "send-list",
    entity: "campaign",
    entityId: campaign.id,
    before: { status: campaign.status, listSentOn: campaign.listSentOn },
    after: { status: t.to, listSentOn, ...result },
  });
  return result;
}

/**
 * sent → closed (no more reminders: only sent campaigns are reminded of); draft → cancelled
 * (a campaign made by mistake: kept with its reason in the audit log, hidden from pickers).
 * False when the status does not allow it (or moved meanwhile).
 */
export async function changeCampaignStatus(
  w: Acting,
  campaign: CampaignRow,
  action: "close" | "cancel",
  reason?: string,
): Promise<boolean> {
  const t = transition({ of: "campaign", action, status: campaign.status });
  if (!t.ok) return false;
  if (!(await w.deps.repos.campaigns.setStatus(campaign.id, campaign.status, t.to))) return false;
  await audit(w.deps.db, {
    actor: w.actor,
    action: action === "close" ? "close" : "cancel",
    entity: "campaign",
    entityId: campaign.id,
    before: { status: campaign.status },
    after: reason ? { status: t.to, reason } : { status: t.to },
  });
  return true;
}
