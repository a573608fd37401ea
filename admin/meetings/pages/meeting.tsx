/**
 * One meeting: status, documents, the agenda (editable on a draft), approval and re-opening,
 * sending to members, versions, attendance with the quorum, decisions, and (while compiling)
 * the candidates. The sections live next to this file.
 */
import { canDecide, canEditAgenda } from "../../../src/domain/agenda.js";
import type { AgendaSendReport } from "../../../src/notifications/agenda.js";
import type { MeetingPageData, MeetingRefusal } from "../../../src/services/meetings.js";
import { type FieldErrors, FormErrors, type FormValues, PostForm } from "../../components/forms.js";
import { useAdmin, useT } from "../../components/request.js";
import { AgendaTable } from "./agenda-table.js";
import { Candidates } from "./candidates.js";
import { Decisions } from "./decisions.js";
import {
  Attendance,
  SendReportNotice,
  SendSection,
  StatusActions,
  Versions,
} from "./meeting-sections.js";
import { RefusalNotice } from "./refusal.js";

export interface MeetingPageProps {
  data: MeetingPageData;
  errors?: FieldErrors;
  values?: FormValues;
  report?: AgendaSendReport;
  refusal?: MeetingRefusal;
}

export function MeetingPage({ data, errors, values, report, refusal }: MeetingPageProps) {
  const t = useT();
  const secretary = useAdmin()?.role === "secretary";
  const m = data.meeting;
  const id = m.id;
  const draft = canEditAgenda(m.status);
  return (
    <>
      <p>
        <span class="badge" data-status={m.status}>
          {t(`meeting-status-${m.status}`)}
        </span>{" "}
        {m.place ? `· ${m.place}` : ""}
        {m.agendaVersion > 0 ? ` · ${t("agenda-doc-version", { version: m.agendaVersion })}` : ""}
      </p>
      <p class="actions">
        <a href={`/meetings/${id}/print`}>{t("agenda-print")}</a>
        <a href={`/meetings/${id}/agenda.docx?lang=kk`}>{t("agenda-docx-kk")}</a>
        <a href={`/meetings/${id}/agenda.docx?lang=ru`}>{t("agenda-docx-ru")}</a>
        {canDecide(m.status) ? (
          <>
            <a href={`/meetings/${id}/protocol.docx?lang=kk`}>{t("protocol-docx-kk")}</a>
            <a href={`/meetings/${id}/protocol.docx?lang=ru`}>{t("protocol-docx-ru")}</a>
          </>
        ) : null}
      </p>
      <FormErrors errors={errors} />
      {refusal ? <RefusalNotice refusal={refusal} /> : null}
      {report ? <SendReportNotice report={report} /> : null}
      {m.status === "cancelled" ? (
        <p class="notice" id="cancelled">
          {t("meeting-cancelled-notice")}
        </p>
      ) : null}

      {secretary && draft ? (
        <details>
          <summary>{t("meeting-edit")}</summary>
          <PostForm action={`/meetings/${id}`} class="narrow">
            <label>
              {t("meeting-date")}
              <input type="date" name="date" value={values?.date ?? data.clock.date} required />
            </label>
            <label>
              {t("meeting-time")}
              <input type="time" name="time" value={values?.time ?? data.clock.time} required />
            </label>
            <label>
              {t("meeting-place")}
              <input type="text" name="place" value={values?.place ?? m.place} maxlength={300} />
            </label>
            <button type="submit">{t("meeting-save")}</button>
          </PostForm>
        </details>
      ) : null}

      <h2>{t("agenda-title")}</h2>
      {!draft && m.status !== "cancelled" ? (
        <p class="notice">{t("agenda-frozen", { version: m.agendaVersion })}</p>
      ) : null}
      <AgendaTable data={data} editable={secretary && draft} />
      {secretary ? <StatusActions data={data} /> : null}
      <SendSection data={data} secretary={secretary} />
      <Versions versions={data.versions} />
      <Attendance data={data} secretary={secretary} />
      {canDecide(m.status) ? <Decisions data={data} secretary={secretary} /> : null}
      {secretary && draft ? <Candidates data={data} /> : null}
    </>
  );
}
