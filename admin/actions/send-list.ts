/**
 * Sending a campaign's list of services (Rules p.7): the campaign becomes
 * "sent", every official of the listed services' agencies is linked to their
 * questionnaires and told in Telegram (src/notifications/list-sent.ts: once per official and
 * day, so a double click or a second instance sends nothing twice).
 */
import { audit } from "../../src/db/repositories/audit.js";
import type { CampaignRow } from "../../src/db/repositories/campaigns.js";
import { localDate } from "../../src/domain/time.js";
import type { ListSentResult } from "../../src/notifications/list-sent.js";
import type { AdminDeps } from "../context.js";

export async function sendCampaignList(
  a: AdminDeps,
  campaign: CampaignRow,
  actor: string,
): Promise<ListSentResult> {
  const db = a.deps.db;
  const repo = a.deps.repos.campaigns;
  const today = localDate(a.deps.now(), a.deps.tz);
  const listSentOn = campaign.listSentOn ?? today;
  await repo.update(campaign.id, { status: "sent", listSentOn });
  const recipients = await repo.linkAgencyOfficials(campaign.id);
  const result = await a.notifications.listSent(campaign, recipients, today);
  await audit(db, {
    actor,
    action: "send-list",
    entity: "campaign",
    entityId: campaign.id,
    before: { status: campaign.status, listSentOn: campaign.listSentOn },
    after: { status: "sent", listSentOn, ...result },
  });
  return result;
}
