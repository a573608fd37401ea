/**
 * Sending a campaign's list of services (Rules p.7): the campaign becomes
 * "sent", every official of the listed services' agencies is linked to their
 * questionnaires and told in Telegram, once per day (the reminder ledger's
 * unique key makes a double click or a second instance send nothing twice).
 */
import { and, eq } from "drizzle-orm";
import { audit } from "../../src/db/repositories/audit.js";
import { type CampaignRow, campaignsRepo } from "../../src/db/repositories/campaigns.js";
import { reminderLedger } from "../../src/db/schema.js";
import { type LocalDate, localDate } from "../../src/domain/time.js";
import { formatDate } from "../../src/i18n/format.js";
import { translator } from "../../src/i18n/index.js";
import type { AdminDeps } from "../context.js";

export interface SendListResult {
  officials: number;
  sent: number;
  failed: number;
  skipped: number;
}

export async function sendCampaignList(
  a: AdminDeps,
  campaign: CampaignRow,
  actor: string,
): Promise<SendListResult> {
  const db = a.deps.db;
  const repo = campaignsRepo(db);
  const today = localDate(a.deps.now(), a.deps.tz);
  const listSentOn = campaign.listSentOn ?? today;
  await repo.update(campaign.id, { status: "sent", listSentOn });
  const recipients = await repo.linkAgencyOfficials(campaign.id);
  const result: SendListResult = { officials: recipients.length, sent: 0, failed: 0, skipped: 0 };
  const subject = `campaign:${campaign.id}`;
  for (const o of recipients) {
    if (!o.reachable) {
      result.skipped++;
      continue;
    }
    const claimed = await db
      .insert(reminderLedger)
      .values({ chatId: o.telegramId, subject, kind: "list-sent", scheduledFor: today })
      .onConflictDoNothing()
      .returning({ id: reminderLedger.id });
    const claim = claimed[0];
    if (!claim) {
      result.skipped++;
      continue;
    }
    const locale = o.locale ?? "ru";
    const t = translator(a.deps.i18n, locale);
    const res = await a.outbox.send({
      chatId: o.telegramId,
      text: t("admin-notify-list", {
        year: String(campaign.year),
        count: o.count,
        due: formatDate(campaign.dueOn as LocalDate, locale),
      }),
    });
    await db
      .update(reminderLedger)
      .set(
        res.ok
          ? { status: "sent", sentAt: a.deps.now() }
          : { status: "failed", error: res.error.slice(0, 500) },
      )
      .where(and(eq(reminderLedger.id, claim.id)));
    if (res.ok) result.sent++;
    else result.failed++;
  }
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
