/**
 * A campaign's XLSX/CSV downloads: submitted questionnaires by default, and the same with the
 * drafts (marked in their own column) on request.
 */
import { useLocale, useT } from "./request.js";

export function CampaignExports(props: { campaignId: number }) {
  const t = useT();
  const locale = useLocale();
  const base = `/campaigns/${props.campaignId}/export`;
  return (
    <>
      <p class="actions">
        <a href={`${base}.xlsx?lang=${locale}`}>{t("admin-export-xlsx")}</a>
        {" · "}
        <a href={`${base}.csv?lang=${locale}`}>{t("admin-export-csv")}</a>
        {" · "}
        <a href={`${base}.csv?lang=${locale}&sep=comma`}>{t("admin-export-csv-comma")}</a>{" "}
        <small>{t("admin-export-submitted-only")}</small>
      </p>
      <p class="actions">
        {t("admin-export-with-drafts")}: <a href={`${base}.xlsx?lang=${locale}&drafts=1`}>XLSX</a>
        {" · "}
        <a href={`${base}.csv?lang=${locale}&drafts=1`}>CSV</a>
      </p>
    </>
  );
}
