/**
 * The one table of an answer's changes (Appendix 2's and Appendix 1's history on the response
 * page): when, which row, optionally which field, before → after, who. The caller renders values.
 */
import { useDateTime, useT } from "./request.js";

export interface ChangeRow {
  at: Date;
  no: number;
  /** a translated field name; the column is shown when any row has one */
  field?: string;
  before: string;
  after: string;
  who: string | null;
}

export function ChangeHistory(props: { rows: ChangeRow[]; noLabel: string }) {
  const t = useT();
  const when = useDateTime();
  if (props.rows.length === 0) return <p>{t("admin-history-empty")}</p>;
  const withField = props.rows.some((r) => r.field !== undefined);
  return (
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th>{t("admin-col-when")}</th>
            <th>{props.noLabel}</th>
            {withField ? <th>{t("admin-col-field")}</th> : null}
            <th>{t("admin-col-before")}</th>
            <th>{t("admin-col-after")}</th>
            <th>{t("admin-col-who")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <td>{when(r.at)}</td>
              <td>{r.no}</td>
              {withField ? <td>{r.field ?? ""}</td> : null}
              <td class="pre">{r.before}</td>
              <td class="pre">{r.after}</td>
              <td>{r.who ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
