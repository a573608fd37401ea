/** The meetings, newest first, and (for the secretary) the form for a new one. */

import type { MeetingRow } from "../../../src/db/repositories/meetings.js";
import { DEFAULT_MEETING_TIME } from "../../../src/domain/agenda.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import { type FieldErrors, FormErrors, type FormValues, PostForm } from "../../components/forms.js";
import { useAdmin, useCtx, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { fmtDateTime } from "../../lib.js";

export function MeetingListPage(p: {
  list: (MeetingRow & { items: number })[];
  suggested: LocalDate;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const c = useCtx();
  const t = useT();
  const locale = useLocale();
  const v = p.values ?? {};
  return (
    <>
      {p.list.length ? (
        <table>
          <TableHead cols={["meeting-date", "meeting-place", "meeting-status", "meeting-items"]} />
          <tbody>
            {p.list.map((m) => (
              <tr>
                <td>
                  <a href={`/meetings/${m.id}`}>{fmtDateTime(c, m.startsAt)}</a>
                </td>
                <td>{m.place || "—"}</td>
                <td>
                  <span class="badge">{t(`meeting-status-${m.status}`)}</span>
                </td>
                <td>{m.items}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("meeting-none")}</p>
      )}
      {useAdmin()?.role === "secretary" ? (
        <section class="narrow">
          <h2>{t("meeting-new")}</h2>
          <FormErrors errors={p.errors} />
          <PostForm action="/meetings">
            <label>
              {t("meeting-date")}
              <input type="date" name="date" value={v.date ?? p.suggested} required />
              <small>
                {t("meeting-default-date-hint", { date: formatDate(p.suggested, locale) })}
              </small>
            </label>
            <label>
              {t("meeting-time")}
              <input type="time" name="time" value={v.time ?? DEFAULT_MEETING_TIME} required />
            </label>
            <label>
              {t("meeting-place")}
              <input type="text" name="place" value={v.place ?? ""} maxlength={300} />
            </label>
            <button type="submit">{t("meeting-create")}</button>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
