/** The working-day calendar's overrides (extra days off, transferred working days) and the form to add one. */

import type { CalendarOverrideRow } from "../../../src/db/repositories/calendar.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import {
  ButtonForm,
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  PostForm,
  Select,
} from "../../components/forms.js";
import { useAdmin, useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";

export function CalendarPage(p: {
  list: CalendarOverrideRow[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const t = useT();
  const locale = useLocale();
  const sec = useAdmin()?.role === "secretary";
  const { values = {}, errors = {} } = p;
  return (
    <>
      <p>{t("admin-calendar-help")}</p>
      <table>
        <TableHead cols={["admin-col-date", "admin-col-kind", "admin-col-note", null]} />
        <tbody>
          {p.list.map((o) => (
            <tr>
              <td>{formatDate(o.date as LocalDate, locale)}</td>
              <td>{t(`admin-calendar-${o.kind}`)}</td>
              <td>{o.note ?? ""}</td>
              <td>
                {sec ? (
                  <ButtonForm
                    action={`/calendar/${o.date}/delete`}
                    class="inline"
                    button="link"
                    label={t("admin-remove")}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sec ? (
        <PostForm action="/calendar" class="narrow" values={values} errors={errors}>
          <FormErrors />
          <Field name="date" type="date" label={t("admin-col-date")} required />
          <Select
            name="kind"
            label={t("admin-col-kind")}
            options={[
              { value: "off", label: t("admin-calendar-off") },
              { value: "work", label: t("admin-calendar-work") },
            ]}
          />
          <Field name="note" label={t("admin-col-note")} />
          <button type="submit">{t("admin-add")}</button>
        </PostForm>
      ) : null}
    </>
  );
}
