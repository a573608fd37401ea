/**
 * The invitations of every agency of a campaign, as the one response that holds their codes:
 * a warning that they are shown once, a CSV of the codes (carried in the page itself, as a data
 * link, since nothing can rebuild it later) and a printable sheet, one card per agency.
 */
import { raw } from "hono/html";
import type { CampaignRow } from "../../../src/db/repositories/campaigns.js";
import type { CampaignInvite } from "../../../src/services/invites.js";
import { useDateTime, useLocale, useT } from "../../components/request.js";
import { nameOf } from "../../lib.js";

export interface SheetInvite extends CampaignInvite {
  qrSvg: string;
}

export function InviteSheet(props: {
  campaign: CampaignRow;
  invites: SheetInvite[];
  csv: string;
  csvName: string;
}) {
  const t = useT();
  const locale = useLocale();
  const when = useDateTime();
  const { campaign, invites } = props;
  const href = `data:text/csv;charset=utf-8;base64,${Buffer.from(props.csv).toString("base64")}`;
  return (
    <section class="invite-sheet">
      <p class="notice error" role="alert" id="once-warning">
        {t("admin-invite-sheet-once")}
      </p>
      <p>
        {t("admin-invite-sheet-summary", {
          campaign: `${campaign.year} — ${campaign.title}`,
          count: invites.length,
        })}
        {invites[0] ? ` ${t("admin-invite-expires")}: ${when(invites[0].expiresAt)}.` : ""}
      </p>
      <p class="actions">
        <a href={href} download={props.csvName} class="button">
          {t("admin-invite-sheet-csv")}
        </a>
        <button type="button" data-print="">
          {t("admin-invite-sheet-print")}
        </button>
        <a href="/invites">{t("admin-back")}</a>
      </p>
      <div class="sheet-cards">
        {invites.map((i) => (
          <article class="sheet-card">
            <h2>
              {i.agency.code} — {nameOf(i.agency, locale)}
            </h2>
            <p>{t("admin-invite-how")}</p>
            <p class="code">
              <code>{i.code}</code>
            </p>
            <p class="link">
              <a href={i.link}>{i.link}</a>
            </p>
            <div class="qr">{raw(i.qrSvg)}</div>
          </article>
        ))}
      </div>
    </section>
  );
}
