/** The playground's start page: the test officials and the form to create one. */
import {
  Field,
  type FieldErrors,
  FormErrors,
  type FormValues,
  LOCALE_OPTIONS,
  PostForm,
  Select,
} from "../../components/forms.js";
import { useT } from "../../components/request.js";

export function PlaygroundOff() {
  return <p class="notice">{useT()("admin-playground-off")}</p>;
}

export function PlaygroundPage(props: {
  users: { id: number; first_name: string }[];
  /** the signed-in admin's own simulated chat (login codes), if any */
  ownChat: number | null;
  values: FormValues;
  errors: FieldErrors;
}) {
  const t = useT();
  const { users, values, errors } = props;
  return (
    <>
      <p>{t("admin-playground-intro")}</p>
      {props.ownChat != null ? (
        <p>
          <a href={`/playground/${props.ownChat}`}>{t("admin-playground-my-chat")}</a>
        </p>
      ) : null}
      {users.length ? (
        <ul>
          {users.map((u) => (
            <li>
              <a href={`/playground/${u.id}`}>
                {u.first_name} ({u.id})
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <h2>{t("admin-playground-new")}</h2>
      <PostForm action="/playground" class="narrow" values={values} errors={errors}>
        <FormErrors />
        <Field name="name" label={t("admin-col-name")} required />
        <Select name="locale" label={t("admin-field-language")} options={LOCALE_OPTIONS} />
        <button type="submit">{t("admin-playground-create")}</button>
      </PostForm>
    </>
  );
}
