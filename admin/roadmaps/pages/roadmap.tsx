/**
 * One roadmap: its dates and state, the five activities (a form for the secretary while it is a
 * draft; read-only once approved or closed), approval, re-opening with a reason, the versions.
 */

import { allows, canEditRoadmap, ROADMAP_ACTIVITY_KEYS } from "../../../src/domain/agenda.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import type { RoadmapPageData, RoadmapRefusal } from "../../../src/services/roadmaps.js";
import {
  ButtonForm,
  type FieldErrors,
  FormErrors,
  type FormValues,
  PostForm,
  TextArea,
} from "../../components/forms.js";
import { useAdmin, useDateTime, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { nameOf } from "../../lib.js";

function RefusalNotice({ refusal }: { refusal: RoadmapRefusal }) {
  const t = useT();
  const locale = useLocale();
  const text =
    refusal.reason === "dates"
      ? t("roadmap-err-dates", {
          date: formatDate(refusal.decidedOn, locale),
          today: formatDate(refusal.today, locale),
        })
      : t(refusal.reason === "frozen" ? "roadmap-err-frozen" : "roadmap-err-state");
  return (
    <p class="notice error" role="alert" id="refusal" data-reason={refusal.reason}>
      {text}
    </p>
  );
}

export function RoadmapPage({
  data,
  errors,
  values,
  refusal,
}: {
  data: RoadmapPageData;
  errors?: FieldErrors;
  values?: FormValues;
  refusal?: RoadmapRefusal;
}) {
  const t = useT();
  const locale = useLocale();
  const at = useDateTime();
  const secretary = useAdmin()?.role === "secretary";
  const { r, state } = data;
  const editable = secretary && canEditRoadmap(r.status);
  /** the posted value after a refused save, else the stored one */
  const v = (name: string, stored: string | null | undefined) => values?.[name] ?? stored ?? "";
  const cell = (name: string, stored: string | null | undefined, type: string, label: string) =>
    editable ? (
      <>
        <input
          type={type}
          name={name}
          value={v(name, stored)}
          aria-label={label}
          aria-invalid={errors?.[name] ? "true" : undefined}
          maxlength={type === "text" ? 500 : undefined}
        />
        {errors?.[name] ? <small class="error">{t(errors[name])}</small> : null}
      </>
    ) : type === "date" && stored ? (
      formatDate(stored as LocalDate, locale)
    ) : (
      (stored ?? "")
    );
  const table = (
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
          {data.activities.map(({ no, row: x, state: s, doneOn }) => (
            <tr data-activity={String(no)} data-state={s}>
              <td>{no}</td>
              <td>{t(ROADMAP_ACTIVITY_KEYS[no])}</td>
              <td>
                {cell(`responsible${no}`, x?.responsible, "text", t("roadmap-col-responsible"))}
              </td>
              <td>{cell(`deadline${no}`, x?.deadline, "date", t("roadmap-col-deadline"))}</td>
              <td>{cell(`form${no}`, x?.completionForm, "text", t("roadmap-col-form"))}</td>
              <td>{cell(`done${no}`, doneOn, "date", t("roadmap-col-done"))}</td>
              <td>{t(`roadmap-act-${s}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      <p>
        {nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)} ·{" "}
        {t("roadmap-decided", { date: formatDate(r.decidedOn as LocalDate, locale) })} ·{" "}
        {t("roadmap-due", { date: formatDate(r.dueOn as LocalDate, locale) })} ·{" "}
        <span class="badge" id="roadmap-status" data-status={r.status}>
          {t(`roadmap-status-${r.status}`)}
        </span>{" "}
        <span class="badge" id="roadmap-state">
          {t(`roadmap-state-${state}`)}
        </span>
      </p>
      <p class="actions">
        <a href={`/roadmaps/${r.id}/roadmap.docx?lang=kk`}>{t("roadmap-docx-kk")}</a>
        <a href={`/roadmaps/${r.id}/roadmap.docx?lang=ru`}>{t("roadmap-docx-ru")}</a>
      </p>
      <FormErrors errors={refusal ? undefined : errors} />
      {refusal ? <RefusalNotice refusal={refusal} /> : null}
      {r.status === "approved" ? (
        <p class="notice" id="frozen">
          {t("roadmap-frozen", { version: r.version })}
        </p>
      ) : null}
      {r.status === "closed" ? (
        <p class="notice" id="closed">
          {t("roadmap-closed-notice")}
        </p>
      ) : null}
      {editable ? (
        <PostForm action={`/roadmaps/${r.id}`}>
          {table}
          <button type="submit">{t("roadmap-save")}</button>
        </PostForm>
      ) : (
        table
      )}
      {secretary && allows("roadmap", "approve", r.status) ? (
        <ButtonForm
          action={`/roadmaps/${r.id}/approve`}
          confirm={t("roadmap-approve-confirm")}
          label={t("roadmap-approve")}
        />
      ) : null}
      {secretary && allows("roadmap", "reopen", r.status) ? (
        <details open={errors?.reason !== undefined}>
          <summary>{t("roadmap-reopen")}</summary>
          <PostForm
            action={`/roadmaps/${r.id}/reopen`}
            confirm={t("roadmap-reopen-confirm")}
            values={values}
            errors={errors}
          >
            <TextArea name="reason" label={t("roadmap-reopen-reason")} required rows={2} />
            <button type="submit">{t("roadmap-reopen")}</button>
          </PostForm>
        </details>
      ) : null}
      {data.versions.length ? (
        <section>
          <h2>{t("roadmap-versions")}</h2>
          <ul id="roadmap-versions">
            {data.versions.map((x) => (
              <li>{t("roadmap-version-line", { version: x.version, date: at(x.createdAt) })}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
