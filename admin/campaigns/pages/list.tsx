/** The campaigns, newest first; the secretary's links to a new campaign and the calendar. */

import type { CampaignRow } from "../../../src/db/repositories/campaigns.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import { useAdmin, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";

export function CampaignListPage({ list }: { list: CampaignRow[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {useAdmin()?.role === "secretary" ? (
        <p class="actions">
          <a href="/campaigns/new">{t("admin-campaign-new")}</a> ·{" "}
          <a href="/calendar">{t("admin-calendar-title")}</a>
        </p>
      ) : null}
      <table>
        <TableHead
          cols={[
            "admin-field-year",
            "admin-field-title",
            "admin-campaign-list-sent",
            "admin-campaign-due",
            "admin-col-state",
          ]}
        />
        <tbody>
          {list.map((k) => (
            <tr>
              <td>{k.year}</td>
              <td>
                <a href={`/campaigns/${k.id}`}>{k.title}</a>
              </td>
              <td>{k.listSentOn ? formatDate(k.listSentOn as LocalDate, locale) : "—"}</td>
              <td>{formatDate(k.dueOn as LocalDate, locale)}</td>
              <td>{t(`admin-campaign-status-${k.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
