/** The panel's users: the table (edit, close/reopen access, link Telegram) and the form to add one. */

import type { AdminRow } from "../../../src/db/repositories/admins.js";
import {
  ButtonForm,
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  LOCALE_OPTIONS,
  PostForm,
  Select,
} from "../../components/forms.js";
import { useAdmin, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";

/** Name, role and language: the fields of the new-admin and the edit form. */
function AdminFields() {
  const t = useT();
  return (
    <>
      <Field
        name="name"
        label={t("admin-field-admin-name")}
        hint={t("admin-admin-name-hint")}
        required
      />
      <Select
        name="role"
        label={t("admin-col-role")}
        options={[
          { value: "member", label: t("admin-role-member") },
          { value: "secretary", label: t("admin-role-secretary") },
        ]}
      />
      <Select name="locale" label={t("admin-field-language")} options={LOCALE_OPTIONS} />
    </>
  );
}

export function AdminsPage(props: { rows: AdminRow[]; values: FormValues; errors: FieldErrors }) {
  const t = useT();
  const me = useAdmin();
  const { values, errors } = props;
  return (
    <>
      {errors._form ? (
        <p class="notice error" role="alert">
          {t(errors._form)}
        </p>
      ) : null}
      <table>
        <TableHead cols={["admin-col-name", "admin-col-role", "admin-col-telegram", null]} />
        <tbody>
          {props.rows.map((x) => (
            <tr class={x.archivedAt ? "archived" : undefined}>
              <td>
                <a href={`/admins/${x.id}`}>{x.name}</a>
                {x.archivedAt ? ` (${t("admin-admin-inactive")})` : ""}
              </td>
              <td>{t(`admin-role-${x.role}`)}</td>
              <td>
                {x.telegramId
                  ? x.reachable
                    ? t("admin-yes")
                    : t("admin-unreachable")
                  : t("admin-no")}
              </td>
              <td class="row">
                {x.id !== me?.id ? (
                  <ButtonForm
                    action={`/admins/${x.id}/archive`}
                    class="inline"
                    button="link"
                    label={t(x.archivedAt ? "admin-admin-reactivate" : "admin-admin-deactivate")}
                  />
                ) : null}
                <PostForm action="/invites" class="inline">
                  <input type="hidden" name="target" value="admin" />
                  <input type="hidden" name="adminId" value={String(x.id)} />
                  <button type="submit" class="link">
                    {t("admin-link-telegram")}
                  </button>
                </PostForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("admin-admin-new")}</h2>
      <PostForm action="/admins" class="narrow" values={values} errors={errors._form ? {} : errors}>
        <FormErrors />
        <AdminFields />
        <button type="submit">{t("admin-add")}</button>
      </PostForm>
    </>
  );
}

export function AdminEditPage(props: { row: AdminRow; values: FormValues; errors: FieldErrors }) {
  const t = useT();
  return (
    <PostForm
      action={`/admins/${props.row.id}`}
      class="narrow"
      values={props.values}
      errors={props.errors}
    >
      <FormErrors />
      <AdminFields />
      <button type="submit">{t("admin-save")}</button>
      <p>
        <a href="/admins">{t("admin-admins-title")}</a>
      </p>
    </PostForm>
  );
}
