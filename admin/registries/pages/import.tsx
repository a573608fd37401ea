/**
 * Registry import: the upload form (with its limits), the preview (errors first, filtered by
 * status, paged; each row new, changed old → new, or unchanged) and the counts once written.
 */
import { PostForm } from "../../components/forms.js";
import { useT } from "../../components/request.js";
import type { RowReport, RowStatus } from "../imports.js";

/** Longer cells are cut in the preview (the row's own error says when a value is too long). */
export const PREVIEW_CELL = 200;
export const PREVIEW_PAGE = 200;

function cut(v: string): string {
  return v.length > PREVIEW_CELL ? `${v.slice(0, PREVIEW_CELL)}…` : v;
}

export function UploadForm(props: {
  action: string;
  columns: string;
  maxRows: number;
  error?: string;
  errorVars?: Record<string, string | number>;
}) {
  const t = useT();
  return (
    <PostForm action={props.action} multipart>
      {props.error ? (
        <p class="notice error" role="alert">
          {t(props.error, props.errorVars)}
        </p>
      ) : null}
      <p>{t("admin-import-help", { columns: props.columns })}</p>
      <p>{t("admin-import-limits", { max: props.maxRows })}</p>
      <label>
        {t("admin-import-file")}
        <input type="file" name="file" accept=".csv,.xlsx,text/csv" required />
      </label>
      <button type="submit">{t("admin-import-preview")}</button>
    </PostForm>
  );
}

export type PreviewView = "all" | RowStatus;

export interface PreviewProps<T> {
  /** the rows of this page, already filtered and ordered */
  rows: RowReport<T>[];
  counts: Record<RowStatus, number>;
  total: number;
  columns: string[];
  view: PreviewView;
  page: number;
  pages: number;
  /** the preview's own address, for the filter and page links */
  previewPath: string;
  uploadPath: string;
  action: string;
  token: string;
  encoding?: string;
  /** a notice above the summary (e.g. the registry changed since the check) */
  notice?: string;
}

const VIEWS: { view: PreviewView; key: string }[] = [
  { view: "all", key: "admin-import-show-all" },
  { view: "error", key: "admin-import-show-errors" },
  { view: "changed", key: "admin-import-show-changed" },
  { view: "new", key: "admin-import-show-new" },
  { view: "unchanged", key: "admin-import-show-unchanged" },
];

export function ImportPreview<T>(props: PreviewProps<T>) {
  const t = useT();
  const { counts } = props;
  const writable = counts.new + counts.changed;
  const href = (view: PreviewView, page = 1) =>
    `${props.previewPath}?view=${view}${page > 1 ? `&page=${page}` : ""}`;
  const countOf = (v: PreviewView) => (v === "all" ? props.total : counts[v]);
  return (
    <section>
      {props.notice ? (
        <p class="notice error" role="alert">
          {t(props.notice)}
        </p>
      ) : null}
      {props.encoding === "windows-1251" ? (
        <p class="notice">{t("admin-import-encoding-detected")}</p>
      ) : null}
      <p>
        {t("admin-import-summary", {
          total: props.total,
          ok: props.total - counts.error,
          bad: counts.error,
        })}
      </p>
      <p>
        {t("admin-import-summary-diff", {
          new: counts.new,
          changed: counts.changed,
          unchanged: counts.unchanged,
        })}
      </p>
      <nav class="actions" aria-label={t("admin-import-views")}>
        {VIEWS.map(({ view, key }, i) => (
          <>
            {i ? " · " : ""}
            {view === props.view ? (
              <strong aria-current="page">{t(key, { count: countOf(view) })}</strong>
            ) : (
              <a href={href(view)}>{t(key, { count: countOf(view) })}</a>
            )}
          </>
        ))}
      </nav>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>{t("admin-import-line")}</th>
              <th>{t("admin-import-status")}</th>
              {props.columns.map((col) => (
                <th>{col}</th>
              ))}
              <th>{t("admin-import-errors")}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => {
              const shown = (r.data as Record<string, string> | undefined) ?? r.raw;
              return (
                <tr class={r.errors.length ? "bad" : undefined} data-status={r.status}>
                  <td>{r.line}</td>
                  <td>{t(`admin-import-status-${r.status}`)}</td>
                  {props.columns.map((col) => {
                    const change = r.changes.find((ch) => ch.column === col);
                    return (
                      <td
                        aria-invalid={r.errors.some((e) => e.column === col) ? "true" : undefined}
                      >
                        {change ? (
                          <>
                            <del>{cut(change.before)}</del> → <ins>{cut(change.after)}</ins>
                          </>
                        ) : (
                          cut(shown[col] ?? "")
                        )}
                      </td>
                    );
                  })}
                  <td>
                    {[
                      ...r.errors.map((e) => `${e.column ? `${e.column}: ` : ""}${t(e.key)}`),
                      ...r.notes.map((n) => `${n.column}: ${t(n.key, n.vars)}`),
                    ].join("; ")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {props.pages > 1 ? (
        <nav class="pager" aria-label={t("admin-pages")}>
          {props.page > 1 ? (
            <a href={href(props.view, props.page - 1)}>← {t("admin-prev")}</a>
          ) : null}
          <span>
            {" "}
            {props.page} / {props.pages}{" "}
          </span>
          {props.page < props.pages ? (
            <a href={href(props.view, props.page + 1)}>{t("admin-next")} →</a>
          ) : null}
        </nav>
      ) : null}
      {writable ? (
        <PostForm action={props.action}>
          <input type="hidden" name="draft" value={props.token} />
          <button type="submit">{t("admin-import-confirm", { count: writable })}</button>
        </PostForm>
      ) : (
        <p>{t("admin-import-nothing")}</p>
      )}
      <p>
        <a href={props.uploadPath}>{t("admin-import-again")}</a>
      </p>
    </section>
  );
}

/** After a confirmed import, above the registry list: how many rows were created, updated, left. */
export function ImportCounts(props: { created: number; updated: number; unchanged: number }) {
  const t = useT();
  return (
    <p class="notice" role="status">
      {t("admin-import-result", {
        created: props.created,
        updated: props.updated,
        unchanged: props.unchanged,
      })}
    </p>
  );
}

/** A confirmation that cannot go on (no draft, a stale one): the reason and the way back. */
export function ImportRefused(props: { message: string; uploadPath: string }) {
  const t = useT();
  return (
    <section>
      <p class="notice error" role="alert">
        {t(props.message)}
      </p>
      <p>
        <a href={props.uploadPath}>{t("admin-import-again")}</a>
      </p>
    </section>
  );
}
