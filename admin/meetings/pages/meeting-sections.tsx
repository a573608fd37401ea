/** Sections of the meeting page: the send report, status actions, sending, versions, attendance. */

import type { AgendaVersionRow } from "../../../src/db/repositories/meetings.js";
import {
  allows,
  canRecordAttendance,
  hasQuorum,
  quorumNeeded,
} from "../../../src/domain/agenda.js";
import { formatDate } from "../../../src/i18n/format.js";
import type { AgendaSendReport } from "../../../src/notifications/agenda.js";
import type { MeetingPageData } from "../../../src/services/meetings.js";
import { ButtonForm, PostForm, TextArea } from "../../components/forms.js";
import { useCtx, useLocale, useT } from "../../components/request.js";
import { fmtDateTime } from "../../lib.js";

/** Who got the agenda, who blocked the bot or has no Telegram, and the late warning. */
export function SendReportNotice({ report }: { report: AgendaSendReport }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div
      class={report.blocked.length || report.failed.length ? "notice error" : "notice"}
      role="status"
      id="send-report"
    >
      <p>
        {t("agenda-send-report", {
          sent: report.sent.length,
          blocked: report.blocked.length,
          unlinked: report.unlinked.length,
          failed: report.failed.length,
        })}
      </p>
      {report.blocked.length ? (
        <p>{t("agenda-send-blocked-list", { names: report.blocked.join(", ") })}</p>
      ) : null}
      {report.unlinked.length ? (
        <p>{t("agenda-send-unlinked-list", { names: report.unlinked.join(", ") })}</p>
      ) : null}
      {report.late ? (
        <p class="warn">
          {t("agenda-late-warning", { date: formatDate(report.deadline, locale) })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The buttons of the status changes allowed now (approve; re-open; mark held from the meeting's
 * date; cancel a meeting made by mistake), each confirmed.
 */
export function StatusActions({ data }: { data: MeetingPageData }) {
  const t = useT();
  const locale = useLocale();
  const meeting = data.meeting;
  const back = `/meetings/${meeting.id}`;
  const canHold = allows("meeting", "hold", meeting.status);
  return (
    <section class="actions">
      {allows("meeting", "approve", meeting.status) ? (
        <ButtonForm
          action={`${back}/approve`}
          class="inline"
          confirm={t("agenda-approve-confirm")}
          label={t("agenda-approve")}
        />
      ) : null}
      {allows("meeting", "reopen", meeting.status) ? (
        <ButtonForm
          action={`${back}/reopen`}
          class="inline"
          confirm={t("agenda-reopen-confirm")}
          label={t("agenda-reopen")}
        />
      ) : null}
      {canHold && data.today >= data.clock.date ? (
        <ButtonForm
          action={`${back}/held`}
          class="inline"
          confirm={t("agenda-mark-held")}
          label={t("agenda-mark-held")}
        />
      ) : null}
      {canHold && data.today < data.clock.date ? (
        <p id="held-from">
          {t("meeting-err-not-yet", { date: formatDate(data.clock.date, locale) })}
        </p>
      ) : null}
      {allows("meeting", "cancel", meeting.status) ? (
        <details>
          <summary>{t("meeting-cancel")}</summary>
          <PostForm action={`${back}/cancel`} confirm={t("meeting-cancel-confirm")}>
            <TextArea name="reason" label={t("meeting-cancel-reason")} required rows={2} />
            <button type="submit" class="secondary">
              {t("meeting-cancel")}
            </button>
          </PostForm>
        </details>
      ) : null}
    </section>
  );
}

/**
 * The materials deadline (3 working days before), the late warning, what was sent and when, and
 * the way to the confirmation page while an approved version is not sent yet.
 */
export function SendSection({ data, secretary }: { data: MeetingPageData; secretary: boolean }) {
  const c = useCtx();
  const t = useT();
  const locale = useLocale();
  const m = data.meeting;
  if (m.status !== "draft" && m.status !== "approved") return null;
  return (
    <section id="send">
      <h2>{t("agenda-send")}</h2>
      <p>{t("agenda-materials-deadline", { date: formatDate(data.deadline, locale) })}</p>
      {data.late ? (
        <p class="notice error" id="late-warning">
          {t("agenda-late-warning", { date: formatDate(data.deadline, locale) })}
        </p>
      ) : null}
      {m.sentToMembersAt && m.sentVersion ? (
        <p id="sent-at">
          {t("agenda-sent-version", {
            version: m.sentVersion,
            date: fmtDateTime(c, m.sentToMembersAt),
          })}
        </p>
      ) : null}
      {data.sendRefusal?.reason === "not-approved" ? <p>{t("agenda-err-not-approved")}</p> : null}
      {secretary && !data.sendRefusal ? (
        <form method="get" action={`/meetings/${m.id}/send`} id="send-form">
          <button type="submit">{t("agenda-send")}</button>
        </form>
      ) : null}
    </section>
  );
}

export function Versions({ versions }: { versions: AgendaVersionRow[] }) {
  const c = useCtx();
  const t = useT();
  if (!versions.length) return null;
  return (
    <section>
      <h2>{t("agenda-versions")}</h2>
      <ul id="versions">
        {versions.map((v) => (
          <li>
            <a href={`/meetings/${v.meetingId}/versions/${v.version}`}>
              {t("agenda-version-line", {
                version: v.version,
                date: fmtDateTime(c, v.createdAt),
                items: (v.snapshot as { items?: unknown[] }).items?.length ?? 0,
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The members present and the quorum (001 p.27), once the agenda is approved. */
export function Attendance({ data, secretary }: { data: MeetingPageData; secretary: boolean }) {
  const t = useT();
  const m = data.meeting;
  if (!canRecordAttendance(m.status)) return null;
  const { members } = data;
  const present = new Set(m.attendance ?? []);
  const presentCount = members.filter((x) => present.has(x.id)).length;
  return (
    <section>
      <h2>{t("protocol-attendance")}</h2>
      {members.length ? (
        <>
          <p id="quorum">
            {t(
              hasQuorum(presentCount, members.length) ? "protocol-quorum-ok" : "protocol-quorum-no",
              {
                present: presentCount,
                total: members.length,
                needed: quorumNeeded(members.length),
              },
            )}
          </p>
          <PostForm action={`/meetings/${m.id}/attendance`}>
            {members.map((x) => (
              <label class="inline">
                <input
                  type="checkbox"
                  name="m"
                  value={String(x.id)}
                  checked={present.has(x.id)}
                  disabled={!secretary}
                />{" "}
                {x.name}
              </label>
            ))}
            {secretary ? <button type="submit">{t("protocol-save-attendance")}</button> : null}
          </PostForm>
        </>
      ) : (
        <p>{t("protocol-no-members")}</p>
      )}
    </section>
  );
}
