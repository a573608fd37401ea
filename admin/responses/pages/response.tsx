/** One response: header, the Appendix 2 table, materials, accept/return, the history of changes. */

import type { ProgressState } from "../../../src/domain/progress.js";
import { canTransition } from "../../../src/domain/questionnaire.js";
import type { LocalDate } from "../../../src/domain/time.js";
import type { Locale, ResponseStatus } from "../../../src/domain/vocabulary.js";
import { formatDate } from "../../../src/i18n/format.js";
import type { Translate } from "../../../src/i18n/index.js";
import { ChangeHistory } from "../../components/change-history.js";
import {
  ButtonForm,
  type FieldErrors,
  FormErrors,
  type FormValues,
  PostForm,
  TextArea,
} from "../../components/forms.js";
import { StateBadge } from "../../components/progress.js";
import { useDateTime, useIsSecretary, useLocale, useT } from "../../components/request.js";
import type { MaterialLine } from "../../documents/materials.js";
import { answerText, type TableRow } from "../../documents/questionnaire-table.js";
import { nameOf } from "../../lib.js";
import { ProcessSection, type ProcessView } from "./process.js";

type Named = { nameKk: string; nameRu: string };

export interface ResponseView {
  id: number;
  response: {
    status: ResponseStatus;
    submittedAt: Date | null;
    returnComment: string | null;
  };
  service: Named & { registryCode: string };
  agency: Named;
  campaign: { year: number; dueOn: string };
  state: ProgressState;
  rows: TableRow[];
  /** Appendix 1 */
  process: ProcessView;
  materials: MaterialLine[];
  /** submitted / returned / accepted, oldest first, with who and the return comment */
  timeline: {
    at: Date;
    event: "submit" | "return" | "accept";
    who: string;
    comment: string | null;
  }[];
  history: {
    at: Date;
    questionNo: number;
    field: string;
    oldValue: unknown;
    newValue: unknown;
    officialName: string | null;
  }[];
}

function DocLanguage(props: { id: number; docLang: Locale }) {
  const t = useT();
  const { id, docLang } = props;
  return (
    <p class="actions">
      {t("admin-doc-language")}:{" "}
      <a href={`/responses/${id}?doc=kk`} aria-current={docLang === "kk" ? "true" : undefined}>
        қазақша
      </a>
      {" · "}
      <a href={`/responses/${id}?doc=ru`} aria-current={docLang === "ru" ? "true" : undefined}>
        русский
      </a>
      {" · "}
      <a href={`/responses/${id}/export.docx?lang=${docLang}`}>{t("admin-export-docx")}</a>
    </p>
  );
}

function Decision(props: {
  id: number;
  status: ResponseStatus;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const t = useT();
  const { id, status } = props;
  return (
    <section class="row">
      {canTransition(status, "accept") ? (
        <ButtonForm
          action={`/responses/${id}/accept`}
          confirm={t("admin-accept-confirm")}
          label={t("admin-accept")}
        />
      ) : null}
      {canTransition(status, "return") ? (
        <PostForm action={`/responses/${id}/return`} values={props.values} errors={props.errors}>
          <FormErrors />
          <TextArea name="comment" label={t("admin-return-comment")} required />
          <button type="submit" class="secondary">
            {t("admin-return")}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

function History(props: { history: ResponseView["history"]; td: Translate; docLang: Locale }) {
  const t = useT();
  const { td, docLang } = props;
  const shown = (h: ResponseView["history"][number], v: unknown) =>
    h.field === "value"
      ? v == null
        ? "—"
        : answerText(h.questionNo, v, td, docLang)
      : String(v ?? "—");
  const rows = props.history.map((h) => ({
    at: h.at,
    no: h.questionNo,
    field: t(`admin-field-${h.field}`),
    before: shown(h, h.oldValue),
    after: shown(h, h.newValue),
    who: h.officialName,
  }));
  return (
    <section>
      <h2>{t("admin-history")}</h2>
      <ChangeHistory rows={rows} noLabel={td("col-no")} />
    </section>
  );
}

/** The status changes, oldest first: stays whole after a return and a resubmission. */
function Timeline(props: { timeline: ResponseView["timeline"] }) {
  const t = useT();
  const when = useDateTime();
  if (props.timeline.length === 0) return null;
  return (
    <section>
      <h2>{t("admin-timeline")}</h2>
      <ol id="timeline">
        {props.timeline.map((e) => (
          <li>
            {when(e.at)} — {t(`admin-timeline-${e.event}`)}
            {e.who ? ` (${e.who})` : ""}
            {e.comment ? (
              <>
                : <span class="pre">{e.comment}</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ResponsePage(props: {
  view: ResponseView;
  /** the translator of the document's language (the table and the history) */
  td: Translate;
  docLang: Locale;
  form: { values?: FormValues; errors?: FieldErrors };
}) {
  const t = useT();
  const locale = useLocale();
  const when = useDateTime();
  const { view, td, docLang } = props;
  const { id, response, agency, campaign } = view;
  return (
    <>
      <section>
        <p>
          {t("admin-col-agency")}: {nameOf(agency, locale)} · {t("admin-campaign")}: {campaign.year}{" "}
          · {t("admin-campaign-due")}: {formatDate(campaign.dueOn as LocalDate, locale)}
        </p>
        <p>
          {t("admin-col-state")}: <StateBadge state={view.state} /> · {t("admin-col-submitted")}:{" "}
          {when(response.submittedAt)}
        </p>
        {response.returnComment ? (
          // kept after the resubmission: what was asked is still there to check against
          <p class="notice" id="return-comment">
            {t(
              response.status === "returned"
                ? "admin-return-comment"
                : "admin-return-comment-earlier",
            )}
            : <span class="pre">{response.returnComment}</span>
          </p>
        ) : null}
        <DocLanguage id={id} docLang={docLang} />
      </section>
      <section>
        <h2>{td("q-questionnaire-title")}</h2>
        <div class="scroll">
          <table class="questionnaire">
            <thead>
              <tr>
                <th>{td("col-no")}</th>
                <th>{td("col-name")}</th>
                <th>{td("col-param")}</th>
                <th>{td("col-justification")}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr>
                  <td>{r.no}</td>
                  <td>{r.name}</td>
                  <td class="pre">{r.param}</td>
                  <td class="pre">{r.justification}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <ProcessSection id={id} view={view.process} td={td} docLang={docLang} />
      {view.materials.length ? (
        <section>
          <h2>{t("admin-materials")}</h2>
          <ul>
            {view.materials.map((m) => (
              <li>
                {m.label}:{" "}
                {m.isFile ? (
                  <a href={`/responses/${id}/materials/${m.id}`}>{m.text}</a>
                ) : (
                  <span class="pre">{m.text}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {useIsSecretary() ? (
        <Decision
          id={id}
          status={response.status}
          values={props.form.values}
          errors={props.form.errors}
        />
      ) : null}
      <Timeline timeline={view.timeline} />
      <History history={view.history} td={td} docLang={docLang} />
    </>
  );
}
