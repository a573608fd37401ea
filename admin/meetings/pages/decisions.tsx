/** The decision on each item of a held meeting; a recommendation links to its roadmap. */

import { DECISIONS } from "../../../src/domain/agenda.js";
import type { MeetingPageData } from "../../../src/services/meetings.js";
import { PostForm } from "../../components/forms.js";
import { useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { nameOf } from "../../lib.js";

export function Decisions({ data, secretary }: { data: MeetingPageData; secretary: boolean }) {
  const t = useT();
  const locale = useLocale();
  const back = `/meetings/${data.meeting.id}`;
  return (
    <section>
      <h2>{t("decision-title")}</h2>
      <table id="decisions">
        <TableHead cols={["agenda-col-no", "agenda-col-service", "protocol-col-decision"]} />
        <tbody>
          {data.items.map((i, k) => (
            <tr data-item={String(i.id)}>
              <td>{k + 1}</td>
              <td>
                {nameOf({ nameKk: i.serviceNameKk, nameRu: i.serviceNameRu }, locale)}
                <br />
                <small>{nameOf({ nameKk: i.agencyNameKk, nameRu: i.agencyNameRu }, locale)}</small>
              </td>
              <td>
                {secretary ? (
                  <PostForm
                    action={`${back}/items/${i.id}/decision`}
                    confirm={i.decision ? t("decision-change-confirm") : undefined}
                  >
                    <select name="decision" aria-label={t("protocol-col-decision")}>
                      {DECISIONS.map((d) => (
                        <option value={d} selected={i.decision === d}>
                          {t(`decision-${d}`)}
                        </option>
                      ))}
                    </select>
                    <input
                      type="text"
                      name="note"
                      value={i.decisionNote ?? ""}
                      placeholder={t("decision-note")}
                      aria-label={t("decision-note")}
                      maxlength={2000}
                    />
                    <button type="submit">{t("decision-save")}</button>
                  </PostForm>
                ) : (
                  <span>
                    {i.decision ? t(`decision-${i.decision}`) : t("decision-none")}{" "}
                    {i.decisionNote ?? ""}
                  </span>
                )}
                {i.roadmapId ? (
                  <a href={`/roadmaps/${i.roadmapId}`}>{t("decision-roadmap-link")}</a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
