/** The two login steps: name → code sent by the bot → six digits. */
import { Field, type FieldErrors, FormErrors, type FormValues } from "../../components/forms.js";
import { useT } from "../../components/request.js";

export function LoginPage(props: { values: FormValues; errors: FieldErrors; next: string }) {
  const t = useT();
  const { values, errors } = props;
  return (
    <form method="post" action="/login" class="narrow">
      <FormErrors errors={errors} />
      <p>{t("admin-login-intro")}</p>
      <input type="hidden" name="next" value={props.next} />
      <Field name="login" label={t("admin-login-name")} values={values} errors={errors} required />
      <button type="submit">{t("admin-login-send-code")}</button>
    </form>
  );
}

export function CodePage(props: { values: FormValues; errors: FieldErrors }) {
  const t = useT();
  const { values, errors } = props;
  return (
    <form method="post" action="/login/verify" class="narrow">
      <FormErrors errors={errors} />
      <p>{t("admin-login-code-sent")}</p>
      <input type="hidden" name="token" value={values.token ?? ""} />
      <input type="hidden" name="next" value={values.next ?? "/"} />
      <Field
        name="code"
        label={t("admin-login-code")}
        values={{ ...values, code: "" }}
        errors={errors}
        required
      />
      <button type="submit">{t("admin-login-enter")}</button>
      <p>
        <a href="/login">{t("admin-login-again")}</a>
      </p>
    </form>
  );
}
