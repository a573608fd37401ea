/** The result of sending a campaign's list: officials reached, failed, skipped. */
import type { CampaignRow } from "../../../src/db/repositories/campaigns.js";
import { useT } from "../../components/request.js";

export function ListSentPage(p: {
  campaign: CampaignRow;
  res: { officials: number; sent: number; failed: number; skipped: number };
}) {
  const t = useT();
  const id = p.campaign.id;
  return (
    <section>
      <p class="notice" role="status">
        {t("admin-campaign-sent", {
          officials: p.res.officials,
          sent: p.res.sent,
          failed: p.res.failed,
          skipped: p.res.skipped,
        })}
      </p>
      <p>
        <a href={`/campaigns/${id}`}>{t("admin-back")}</a> ·{" "}
        <a href={`/?campaign=${id}`}>{t("admin-nav-dashboard")}</a>
      </p>
    </section>
  );
}
