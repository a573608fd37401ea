/** Appendix 1 of one response, next to the Appendix 2 table: its sections, the diagram, its history. */
import type { Locale } from "../../../src/domain/vocabulary.js";
import type { Translate } from "../../../src/i18n/index.js";
import { ChangeHistory } from "../../components/change-history.js";
import { useT } from "../../components/request.js";
import { type ProcessRow, processText, SECTION_KEYS } from "../../documents/process-table.js";

export interface ProcessView {
  rows: ProcessRow[];
  optional: boolean;
  diagram: { id: number; fileName: string } | null;
  history: {
    at: Date;
    itemNo: number;
    oldValue: unknown;
    newValue: unknown;
    officialName: string | null;
  }[];
}

export function ProcessSection(props: {
  id: number;
  view: ProcessView;
  td: Translate;
  docLang: Locale;
}) {
  const t = useT();
  const { id, view, td, docLang } = props;
  const filled = view.rows.filter((r) => r.value !== null).length;
  let section: string | undefined;
  return (
    <section id="appendix-1">
      <h2>{td("p-appendix-title")}</h2>
      <p>
        {td("review-process", { done: filled, total: view.rows.length })}
        {view.optional ? ` · ${td("p-review-optional")}` : ""} ·{" "}
        <a href={`/responses/${id}/process.docx?lang=${docLang}`}>
          {t("admin-export-process-docx")}
        </a>
      </p>
      <div class="scroll">
        <table class="questionnaire">
          <thead>
            <tr>
              <th>{td("col-no")}</th>
              <th>{td("col-name")}</th>
              <th>{td("col-param")}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.flatMap((r) => {
              const head =
                r.section !== section ? (
                  <tr>
                    <th colspan={3}>{td(SECTION_KEYS[r.section])}</th>
                  </tr>
                ) : null;
              section = r.section;
              const row = (
                <tr>
                  <td>{r.no}</td>
                  <td>{r.name}</td>
                  <td class="pre">{r.text || td("sum-unanswered")}</td>
                </tr>
              );
              return head ? [head, row] : [row];
            })}
          </tbody>
        </table>
      </div>
      <p>
        {view.diagram ? (
          <a href={`/responses/${id}/materials/${view.diagram.id}`}>
            {td("p-review-diagram", { diagram: view.diagram.fileName })}
          </a>
        ) : (
          td("p-review-diagram", { diagram: td("review-material-none") })
        )}
      </p>
      <ProcessHistory history={view.history} td={td} docLang={docLang} />
    </section>
  );
}

function ProcessHistory(props: {
  history: ProcessView["history"];
  td: Translate;
  docLang: Locale;
}) {
  const t = useT();
  const { td, docLang } = props;
  const shown = (no: number, v: unknown) => (v == null ? "—" : processText(no, v, td, docLang));
  const rows = props.history.map((h) => ({
    at: h.at,
    no: h.itemNo,
    before: shown(h.itemNo, h.oldValue),
    after: shown(h.itemNo, h.newValue),
    who: h.officialName,
  }));
  return (
    <>
      <h3>{t("admin-process-history")}</h3>
      <ChangeHistory rows={rows} noLabel={td("col-no")} />
    </>
  );
}
