/** The create/edit form of an agency or a service (code, names, and what else the registry has). */
import type { Child } from "hono/jsx";
import {
  ButtonForm,
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  PostForm,
} from "../../components/forms.js";
import { useT } from "../../components/request.js";

export function RegistryForm(props: {
  action: string;
  codeField: string;
  values: FormValues;
  errors: FieldErrors;
  /** fields after code and names (services: the agency) */
  extra?: Child;
  /** the row being edited: offers archive/unarchive */
  row?: { id: number; archivedAt: Date | null };
  archiveAction?: string;
}) {
  const t = useT();
  const { values, errors } = props;
  const text = (name: string, label: string) => (
    <Field name={name} label={t(label)} values={values} errors={errors} required />
  );
  return (
    <>
      <PostForm action={props.action} class="narrow" errors={errors}>
        <FormErrors />
        {text(props.codeField, "admin-col-code")}
        {text("nameKk", "admin-field-name-kk")}
        {text("nameRu", "admin-field-name-ru")}
        {props.extra}
        <button type="submit">{t("admin-save")}</button>
      </PostForm>
      {props.row && props.archiveAction ? (
        <ButtonForm
          action={props.archiveAction}
          button="secondary"
          confirm={props.row.archivedAt ? undefined : t("admin-archive-confirm")}
          label={t(props.row.archivedAt ? "admin-unarchive" : "admin-archive")}
        />
      ) : null}
    </>
  );
}
