/** One roadmap: its dates and state, the five activities (editable by the secretary), approval. */

import { approveRoadmap, ROADMAP_ACTIVITY_KEYS } from "../../../src/domain/agenda.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import type { RoadmapPageData } from "../../../src/services/roadmaps.js";
import { ButtonForm, type FieldErrors, FormErrors, PostForm } from "../../components/forms.js";
import { useAdmin, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { nameOf } from "../../lib.js";

export function RoadmapPage({ data, errors }: { data: RoadmapPageData; errors?: FieldErrors }) {
  const t = useT();
  const locale = useLocale();
  const secretary = useAdmin()?.role === "secretary";
  const { r, state } = data;
  return (
    <>
      <p>
        {nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)} ·{" "}
        {t("roadmap-decided", { date: formatDate(r.decidedOn as LocalDate, locale) })} ·{" "}
        {t("roadmap-due", { date: formatDate(r.dueOn as LocalDate, locale) })} ·{" "}
        <span class="badge">{t(`roadmap-status-${r.status}`)}</span>{" "}
        <span class="badge" id="roadmap-state">
          {t(`roadmap-state-${state}`)}
        </span>
      </p>
      <p class="actions">
        <a href={`/roadmaps/${r.id}/roadmap.docx?lang=kk`}>{t("roadmap-docx-kk")}</a>
        <a href={`/roadmaps/${r.id}/roadmap.docx?lang=ru`}>{t("roadmap-docx-ru")}</a>
      </p>
      <FormErrors errors={errors} />
      <PostForm action={`/roadmaps/${r.id}`}>
        <div class="scroll">
          <table id="activities">
            <TableHead
              cols={[
                "roadmap-col-no",
                "roadmap-col-name",
                "roadmap-col-responsible",
                "roadmap-col-deadline",
                "roadmap-col-form",
                "roadmap-col-done",
                "roadmap-state-col",
              ]}
            />
            <tbody>
              {data.activities.map(({ no, row: x, state: s, doneOn }) => {
                return (
                  <tr data-activity={String(no)} data-state={s}>
                    <td>{no}</td>
                    <td>{t(ROADMAP_ACTIVITY_KEYS[no])}</td>
                    <td>
                      <input
                        type="text"
                        name={`responsible${no}`}
                        value={x?.responsible ?? ""}
                        disabled={!secretary}
                        aria-label={t("roadmap-col-responsible")}
                        maxlength={500}
                      />
                    </td>
                    <td>
                      <input
                        type="date"
                        name={`deadline${no}`}
                        value={x?.deadline ?? ""}
                        disabled={!secretary}
                        aria-label={t("roadmap-col-deadline")}
                      />
                    </td>
                    <td>
                      <input
                        type="text"
                        name={`form${no}`}
                        value={x?.completionForm ?? ""}
                        disabled={!secretary}
                        aria-label={t("roadmap-col-form")}
                        maxlength={500}
                      />
                    </td>
                    <td>
                      <input
                        type="date"
                        name={`done${no}`}
                        value={doneOn ?? ""}
                        disabled={!secretary}
                        aria-label={t("roadmap-col-done")}
                      />
                    </td>
                    <td>{t(`roadmap-act-${s}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {secretary ? <button type="submit">{t("roadmap-save")}</button> : null}
      </PostForm>
      {secretary && approveRoadmap(r.status) ? (
        <ButtonForm action={`/roadmaps/${r.id}/approve`} label={t("roadmap-approve")} />
      ) : null}
    </>
  );
}
