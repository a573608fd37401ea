/** Why a change of a meeting was refused, in words, with the date or version it is about. */

import { formatDate } from "../../../src/i18n/format.js";
import type { MeetingRefusal } from "../../../src/services/meetings.js";
import { useDateTime, useLocale, useT } from "../../components/request.js";

export function RefusalNotice({ refusal }: { refusal: MeetingRefusal }) {
  const t = useT();
  const locale = useLocale();
  const at = useDateTime();
  const text = (() => {
    switch (refusal.reason) {
      case "frozen":
        return t("agenda-err-frozen");
      case "not-approved":
        return t("agenda-err-not-approved");
      case "not-yet":
        return t("meeting-err-not-yet", { date: formatDate(refusal.date, locale) });
      case "future-decision":
        return t("decision-err-future", { date: formatDate(refusal.date, locale) });
      case "already-sent":
        return t("agenda-err-already-sent", { version: refusal.version, date: at(refusal.at) });
      case "stale":
        return t("agenda-err-stale", { version: refusal.version });
      default:
        return t("agenda-err-state");
    }
  })();
  return (
    <p class="notice error" role="alert" id="refusal" data-reason={refusal.reason}>
      {text}
    </p>
  );
}
