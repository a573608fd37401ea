/** Registry import: the upload form and the preview with per-row errors and the confirm button. */
import { PostForm } from "../../components/forms.js";
import { useT } from "../../components/request.js";
import type { RowReport } from "../imports.js";

export function UploadForm(props: { action: string; columns: string; error?: string }) {
  const t = useT();
  return (
    <PostForm action={props.action} multipart>
      {props.error ? <p class="notice error">{t(props.error)}</p> : null}
      <p>{t("admin-import-help", { columns: props.columns })}</p>
      <label>
        {t("admin-import-file")}
        <input type="file" name="file" accept=".csv,.xlsx,text/csv" required />
      </label>
      <button type="submit">{t("admin-import-preview")}</button>
    </PostForm>
  );
}

export function ImportPreview<T>(props: {
  reports: RowReport<T>[];
  columns: string[];
  action: string;
  payload: T[];
}) {
  const t = useT();
  const bad = props.reports.filter((r) => r.errors.length);
  return (
    <section>
      <p>
        {t("admin-import-summary", {
          total: props.reports.length,
          ok: props.payload.length,
          bad: bad.length,
        })}
      </p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>{t("admin-import-line")}</th>
              {props.columns.map((col) => (
                <th>{col}</th>
              ))}
              <th>{t("admin-import-errors")}</th>
            </tr>
          </thead>
          <tbody>
            {props.reports.map((r) => (
              <tr class={r.errors.length ? "bad" : undefined}>
                <td>{r.line}</td>
                {props.columns.map((col) => (
                  <td aria-invalid={r.errors.some((e) => e.column === col) ? "true" : undefined}>
                    {r.raw[col] ?? ""}
                  </td>
                ))}
                <td>
                  {r.errors.map((e) => `${e.column ? `${e.column}: ` : ""}${t(e.key)}`).join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.payload.length ? (
        <PostForm action={props.action}>
          <input type="hidden" name="payload" value={JSON.stringify(props.payload)} />
          <button type="submit">
            {t("admin-import-confirm", { count: props.payload.length })}
          </button>
        </PostForm>
      ) : null}
      <p>
        <a href="?">{t("admin-import-again")}</a>
      </p>
    </section>
  );
}
