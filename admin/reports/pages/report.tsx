/**
 * The annual report draft for a year (003, sections 1.3 and 3.1): the choice of year, state body
 * (or every state body, for the authorized body) and N, the downloads, and the draft itself as
 * the DOCX lays it out.
 */
import type { AgencyRow } from "../../../src/db/repositories/agencies.js";
import { useLocale, useT } from "../../components/request.js";
import type { ReportLayout } from "../../documents/annual-report-layout.js";
import { byShownName, nameOf } from "../../lib.js";

export function ReportPage(p: {
  layout: ReportLayout;
  agencies: AgencyRow[];
  year: number;
  agencyId: number | null;
  top: number;
  deadline: string;
}) {
  const t = useT();
  const locale = useLocale();
  const q = new URLSearchParams({ year: String(p.year), top: String(p.top) });
  if (p.agencyId) q.set("agency", String(p.agencyId));
  const link = (file: string, lang?: string) =>
    `/reports/${file}?${q.toString()}${lang ? `&lang=${lang}` : ""}`;
  return (
    <>
      <form method="get" action="/reports" class="filters">
        <label>
          {t("report-form-year")}{" "}
          <input type="number" name="year" value={String(p.year)} min="2000" max="2200" />
        </label>
        <select name="agency" aria-label={t("admin-col-agency")}>
          <option value="">{t("report-all-option")}</option>
          {byShownName(p.agencies, locale).map((g) => (
            <option value={String(g.id)} selected={p.agencyId === g.id}>
              {nameOf(g, locale)}
            </option>
          ))}
        </select>
        <label>
          {t("report-form-top")}{" "}
          <input type="number" name="top" value={String(p.top)} min="1" max="100" />
        </label>
        <button type="submit">{t("admin-filter-apply")}</button>
      </form>
      <p>{t("report-deadline-note", { year: String(p.year), date: p.deadline })}</p>
      <p class="actions">
        <a href={link("report.docx", "kk")}>{t("report-docx-kk")}</a>
        <a href={link("report.docx", "ru")}>{t("report-docx-ru")}</a>
        <a href={link("report.xlsx")}>{t("report-xlsx")}</a>
      </p>
      <article id="report">
        {p.layout.blocks.map((b) => {
          if (b.kind === "table")
            return (
              <div class="scroll">
                <table id={`report-${b.id}`}>
                  <thead>
                    <tr>
                      {b.columns.map((c) => (
                        <th>{c}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r) => (
                      <tr>
                        {r.map((v) => (
                          <td>
                            {v.split("\n").map((line, i) => (
                              <>
                                {i > 0 ? <br /> : null}
                                {line}
                              </>
                            ))}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          if (b.heading === 1) return <h2>{b.text}</h2>;
          if (b.heading === 2) return <h3>{b.text}</h3>;
          return (
            <p class={b.right ? "right" : undefined}>
              {b.bold ? <strong>{b.text}</strong> : b.text}
            </p>
          );
        })}
      </article>
    </>
  );
}
