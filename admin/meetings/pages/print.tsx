/** The printable agenda (the same lines as the DOCX, in the UI's language), or an old version of it. */

import type { MeetingRow } from "../../../src/db/repositories/meetings.js";
import type { AgendaLine } from "../../../src/domain/agenda.js";
import type { LocalDate } from "../../../src/domain/time.js";
import { formatDate } from "../../../src/i18n/format.js";
import { useLocale, useT } from "../../components/request.js";
import { TableHead } from "../../components/table.js";

export function PrintPage(p: {
  meeting: MeetingRow;
  clock: { date: LocalDate; time: string };
  lines: AgendaLine[];
  /** shown above the agenda (an old version is read-only) */
  notice?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const m = p.meeting;
  return (
    <>
      {p.notice ? (
        <p class="notice" id="version-notice">
          {p.notice}
        </p>
      ) : null}
      <p>{t("agenda-doc-when", { date: formatDate(p.clock.date, locale), time: p.clock.time })}</p>
      <p>{t("agenda-doc-place", { place: m.place || "—" })}</p>
      {m.agendaVersion > 0 ? <p>{t("agenda-doc-version", { version: m.agendaVersion })}</p> : null}
      <table id="print-agenda">
        <TableHead
          cols={[
            "agenda-col-no",
            "agenda-col-service",
            "agenda-col-agency",
            "agenda-col-speaker",
            "agenda-col-time",
          ]}
        />
        <tbody>
          {p.lines.map((r) => (
            <tr>
              <td>{r.no}</td>
              <td>{r.service}</td>
              <td>{r.agency}</td>
              <td>{r.speaker}</td>
              <td>{r.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
