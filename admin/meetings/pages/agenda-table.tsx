/** The agenda with its time plan; on a draft the secretary edits speaker and minutes, reorders and removes. */
import { MINUTES_MAX, MINUTES_MIN, timePlan, totalMinutes } from "../../../src/domain/agenda.js";
import type { MeetingPageData } from "../../../src/services/meetings.js";
import { PostForm } from "../../components/forms.js";
import { useLocale, useT } from "../../components/request.js";
import { nameOf } from "../../lib.js";

export function AgendaTable({ data, editable }: { data: MeetingPageData; editable: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { items } = data;
  const back = `/meetings/${data.meeting.id}`;
  if (!items.length) return <p>{t("agenda-empty")}</p>;
  const plan = timePlan(data.clock.startMinutes, items);
  return (
    <div class="scroll">
      <table id="agenda" class="stack">
        <thead>
          <tr>
            <th>{t("agenda-col-no")}</th>
            <th>{t("agenda-col-service")}</th>
            <th>{t("agenda-col-agency")}</th>
            <th>{t("agenda-col-speaker")}</th>
            <th>{t("agenda-col-minutes")}</th>
            <th>{t("agenda-col-time")}</th>
            {editable ? <th></th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((i, k) => {
            const agency = nameOf({ nameKk: i.agencyNameKk, nameRu: i.agencyNameRu }, locale);
            return (
              <tr data-item={String(i.id)}>
                <td data-label={t("agenda-col-no")}>{k + 1}</td>
                <td>
                  <a href={`/responses/${i.responseId}`}>
                    {nameOf({ nameKk: i.serviceNameKk, nameRu: i.serviceNameRu }, locale)}
                  </a>{" "}
                  <small>{i.registryCode}</small>
                </td>
                <td data-label={t("agenda-col-agency")}>{agency}</td>
                {editable ? (
                  <td colspan={2} class="item-form">
                    <PostForm action={`${back}/items/${i.id}`} class="inline">
                      <input
                        type="text"
                        name="speaker"
                        value={i.speaker ?? ""}
                        placeholder={agency}
                        aria-label={t("agenda-col-speaker")}
                        maxlength={300}
                      />
                      <input
                        type="number"
                        name="minutes"
                        value={String(i.minutes)}
                        min={MINUTES_MIN}
                        max={MINUTES_MAX}
                        aria-label={t("agenda-col-minutes")}
                      />
                      <button type="submit">{t("agenda-save-item")}</button>
                    </PostForm>
                  </td>
                ) : (
                  <>
                    <td data-label={t("agenda-col-speaker")}>{i.speaker || agency}</td>
                    <td data-label={t("agenda-col-minutes")}>{i.minutes}</td>
                  </>
                )}
                <td data-label={t("agenda-col-time")}>
                  {plan[k]?.start}–{plan[k]?.end}
                </td>
                {editable ? (
                  <td class="actions">
                    <PostForm action={`${back}/items/${i.id}/move`} class="inline">
                      <input type="hidden" name="dir" value="up" />
                      <button
                        type="submit"
                        class="link"
                        disabled={k === 0}
                        aria-label={t("agenda-up")}
                      >
                        ↑ {t("agenda-up")}
                      </button>
                    </PostForm>
                    <PostForm action={`${back}/items/${i.id}/move`} class="inline">
                      <input type="hidden" name="dir" value="down" />
                      <button
                        type="submit"
                        class="link"
                        disabled={k === items.length - 1}
                        aria-label={t("agenda-down")}
                      >
                        ↓ {t("agenda-down")}
                      </button>
                    </PostForm>
                    <PostForm
                      action={`${back}/items/${i.id}/remove`}
                      class="inline"
                      confirm={t("agenda-remove-confirm")}
                    >
                      <button type="submit" class="link">
                        ✕ {t("agenda-remove")}
                      </button>
                    </PostForm>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="agenda-total">
        {t("agenda-total", { minutes: totalMinutes(items), end: plan.at(-1)?.end ?? "" })}
      </p>
    </div>
  );
}
