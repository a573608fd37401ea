/**
 * The one search form and pager every long list uses (services, agencies, officials, audit,
 * responses, a campaign's services): the search box and extra filters submit with GET (back to
 * page 1), the pager keeps every other parameter and changes only its page parameter.
 */
import type { Child } from "hono/jsx";
import { z } from "zod";
import { useCtx, useT } from "./request.js";

export const PAGE_SIZE = 50;

/** `?page=` (or another name): a positive integer, anything else is page 1. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);
/** `?q=`: trimmed, empty means no search. */
export const searchParam = z
  .string()
  .trim()
  .max(200)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/** limit/offset of page `page` (1-based). */
export function pageOf(page: number | undefined, size = PAGE_SIZE) {
  const no = page ?? 1;
  return { limit: size, offset: (no - 1) * size };
}

export function SearchForm(props: {
  action: string;
  q?: string;
  /** the name of the search parameter (default "q") */
  name?: string;
  hidden?: Record<string, string | number | undefined>;
  children?: Child;
}) {
  const t = useT();
  return (
    <form method="get" action={props.action} class="filters">
      {Object.entries(props.hidden ?? {}).map(([name, value]) =>
        value === undefined ? null : <input type="hidden" name={name} value={String(value)} />,
      )}
      <input
        type="search"
        name={props.name ?? "q"}
        value={props.q ?? ""}
        placeholder={t("admin-filter-search")}
        aria-label={t("admin-filter-search")}
      />
      {props.children}
      <button type="submit">{t("admin-filter-apply")}</button>
    </form>
  );
}

/** "Found N" and, when there is more than one page, links to the first/previous/next/last. */
export function Pager(props: {
  total: number;
  page?: number;
  size?: number;
  /** the name of the page parameter (default "page") */
  param?: string;
}) {
  const t = useT();
  const url = new URL(useCtx().req.url);
  const size = props.size ?? PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(props.total / size));
  const no = Math.min(props.page ?? 1, pages);
  const param = props.param ?? "page";
  const href = (n: number) => {
    const u = new URL(url.toString());
    if (n === 1) u.searchParams.delete(param);
    else u.searchParams.set(param, String(n));
    u.searchParams.delete("ok");
    return u.pathname + u.search;
  };
  const from = props.total === 0 ? 0 : (no - 1) * size + 1;
  const to = Math.min(no * size, props.total);
  return (
    <nav class="pager" aria-label={t("admin-pages")}>
      <span class="found">
        {t("admin-found", { count: props.total })}
        {pages > 1 ? ` · ${t("admin-shown-range", { from, to })}` : ""}
      </span>
      {pages > 1 ? (
        <span class="pages">
          {no > 1 ? <a href={href(1)}>« 1</a> : null}
          {no > 1 ? (
            <a href={href(no - 1)} rel="prev">
              ← {t("admin-prev")}
            </a>
          ) : null}
          <span>
            {no} / {pages}
          </span>
          {no < pages ? (
            <a href={href(no + 1)} rel="next">
              {t("admin-next")} →
            </a>
          ) : null}
          {no < pages ? <a href={href(pages)}>{pages} »</a> : null}
        </span>
      ) : null}
    </nav>
  );
}
