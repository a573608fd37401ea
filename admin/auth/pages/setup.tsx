/** First run: the form that creates the first secretary, and what follows it. */
import { Field, type FieldErrors, FormErrors, type FormValues } from "../../components/forms.js";
import { InviteCard } from "../../components/invite-card.js";
import { useT } from "../../components/request.js";

export function SetupPage(props: { token: string; values: FormValues; errors: FieldErrors }) {
  const t = useT();
  const { values, errors } = props;
  return (
    <form method="post" action={`/setup/${props.token}`} class="narrow">
      <FormErrors errors={errors} />
      <p>{t("admin-setup-intro")}</p>
      <Field
        name="name"
        label={t("admin-field-admin-name")}
        values={values}
        errors={errors}
        required
      />
      <fieldset>
        <legend>{t("admin-field-language")}</legend>
        <label>
          <input type="radio" name="locale" value="kk" checked={values.locale === "kk"} /> Қазақша
        </label>
        <label>
          <input type="radio" name="locale" value="ru" checked={values.locale !== "kk"} /> Русский
        </label>
      </fieldset>
      <button type="submit">{t("admin-setup-create")}</button>
    </form>
  );
}

/** A used or expired link: what to do next (log in, or get a new link on the server). */
export function SetupInvalid() {
  const t = useT();
  return (
    <section class="narrow">
      <p class="notice" id="setup-invalid">
        {t("admin-setup-invalid")}
      </p>
      <p>
        <a href="/login" class="button">
          {t("admin-setup-login")}
        </a>
      </p>
    </section>
  );
}

export function SetupDone(props: { name: string; code: string; link: string; qrSvg: string }) {
  const t = useT();
  return (
    <section>
      <p>{t("admin-setup-done", { name: props.name })}</p>
      <InviteCard code={props.code} link={props.link} qrSvg={props.qrSvg}>
        <p>
          <a href="/" class="button">
            {t("admin-setup-continue")}
          </a>
        </p>
      </InviteCard>
    </section>
  );
}
