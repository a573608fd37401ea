/** The confirmation before the agenda goes to the members: which version, who gets it. */
import type { MeetingRow } from "../../../src/db/repositories/meetings.js";
import { PostForm } from "../../components/forms.js";
import { useT } from "../../components/request.js";

export function SendConfirmPage(p: {
  meeting: MeetingRow;
  version: number;
  linked: string[];
  unlinked: string[];
}) {
  const t = useT();
  const back = `/meetings/${p.meeting.id}`;
  return (
    <section class="narrow" id="send-confirm">
      <p>{t("agenda-send-confirm-text", { version: p.version, count: p.linked.length })}</p>
      {p.linked.length ? <p>{p.linked.join(", ")}</p> : null}
      {p.unlinked.length ? (
        <p>{t("agenda-send-unlinked-list", { names: p.unlinked.join(", ") })}</p>
      ) : null}
      <p>{t("agenda-send-once")}</p>
      <PostForm action={`${back}/send`} class="actions">
        <input type="hidden" name="version" value={String(p.version)} />
        <button type="submit">{t("agenda-send-confirm-button")}</button>
        <a href={back}>{t("admin-back")}</a>
      </PostForm>
    </section>
  );
}
