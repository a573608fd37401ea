/** Compiling a draft: submitted/accepted questionnaires to add, filtered, each with its digest. */

import { DEFAULT_ITEM_MINUTES, MINUTES_MAX, MINUTES_MIN } from "../../../src/domain/agenda.js";
import type { AnswerDigest } from "../../../src/domain/agenda-digest.js";
import type { Locale } from "../../../src/domain/vocabulary.js";
import { formatNumber } from "../../../src/i18n/format.js";
import type { Translate } from "../../../src/i18n/index.js";
import type { MeetingPageData } from "../../../src/services/meetings.js";
import { PostForm } from "../../components/forms.js";
import { useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";
import { byShownName, nameOf } from "../../lib.js";

export function Candidates({ data }: { data: MeetingPageData }) {
  const t = useT();
  const locale = useLocale();
  const q = data.query;
  const back = `/meetings/${data.meeting.id}`;
  const cands = data.candidates;
  return (
    <section>
      <h2>{t("agenda-candidates")}</h2>
      <form method="get" action={back} class="filters">
        <select name="agency" aria-label={t("agenda-filter-agency")}>
          <option value="">{t("agenda-filter-any-agency")}</option>
          {byShownName(data.agencies, locale).map((ag) => (
            <option value={String(ag.id)} selected={q.agency === ag.id}>
              {nameOf(ag, locale)}
            </option>
          ))}
        </select>
        <select name="status" aria-label={t("agenda-filter-status")}>
          <option value="">{t("agenda-filter-any-status")}</option>
          <option value="submitted" selected={q.status === "submitted"}>
            {t("agenda-status-submitted")}
          </option>
          <option value="accepted" selected={q.status === "accepted"}>
            {t("agenda-status-accepted")}
          </option>
        </select>
        <input
          type="search"
          name="q"
          value={q.q ?? ""}
          placeholder={t("agenda-filter-search")}
          aria-label={t("agenda-filter-search")}
        />
        <button type="submit">{t("agenda-filter-apply")}</button>
      </form>
      <p>{t("agenda-candidates-found", { count: cands.total, shown: cands.rows.length })}</p>
      <PostForm action={`${back}/items`}>
        <div class="scroll">
          <table id="candidates">
            <TableHead
              cols={[
                null,
                "agenda-col-service",
                "agenda-col-agency",
                "agenda-filter-status",
                "agenda-col-digest",
              ]}
            />
            <tbody>
              {cands.rows.map((r) => (
                <tr>
                  <td>
                    <input
                      type="checkbox"
                      name="r"
                      value={String(r.responseId)}
                      id={`r${r.responseId}`}
                    />
                  </td>
                  <td>
                    <label for={`r${r.responseId}`} class="inline">
                      {nameOf({ nameKk: r.serviceNameKk, nameRu: r.serviceNameRu }, locale)}
                    </label>{" "}
                    <small>{r.registryCode}</small>
                  </td>
                  <td>{nameOf({ nameKk: r.agencyNameKk, nameRu: r.agencyNameRu }, locale)}</td>
                  <td>
                    {t(`agenda-status-${r.status === "accepted" ? "accepted" : "submitted"}`)}
                  </td>
                  <td>
                    <small>{digestLine(r.digest, t, locale)}</small>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <label class="inline">
          {t("agenda-col-minutes")}
          <input
            type="number"
            name="minutes"
            value={String(DEFAULT_ITEM_MINUTES)}
            min={MINUTES_MIN}
            max={MINUTES_MAX}
          />
        </label>
        <button type="submit">{t("agenda-add")}</button>
      </PostForm>
    </section>
  );
}

/** The digest of a questionnaire as one line: latest demand, optimisations answered yes / partly. */
export function digestLine(d: AnswerDigest, t: Translate, locale: Locale): string {
  const flags = (list: readonly string[]) => list.map((f) => t(`agenda-flag-${f}`)).join(", ");
  const parts: string[] = [];
  if (d.demand)
    parts.push(
      t("agenda-digest-demand", {
        year: String(d.demand.year),
        count: formatNumber(d.demand.count, locale),
      }),
    );
  if (d.yes.length) parts.push(t("agenda-digest-yes", { flags: flags(d.yes) }));
  if (d.partly.length) parts.push(t("agenda-digest-partly", { flags: flags(d.partly) }));
  if (!d.yes.length && !d.partly.length) parts.push(t("agenda-digest-none"));
  return parts.join(" · ");
}
