/** Shared bits of progress views: state badges, bars, the submissions chart. */

import {
  PROGRESS_STATES,
  type ProgressState,
  type StateCounts,
} from "../../src/domain/progress.js";
import { SearchForm } from "./pager.js";
import { useT } from "./request.js";

export function StateBadge(props: { state: ProgressState }) {
  const t = useT();
  return <span class={`badge s-${props.state}`}>{t(`admin-state-${props.state}`)}</span>;
}

export function StateBars(props: { counts: StateCounts }) {
  const t = useT();
  const { counts } = props;
  return (
    <ul class="bars">
      {PROGRESS_STATES.map((s) => (
        <li>
          <a href={`/responses?state=${s}`}>
            <span>{t(`admin-state-${s}`)}</span>
            <strong data-state={s}>{counts[s]}</strong>
          </a>
          <progress class={`s-${s}`} value={counts[s]} max={Math.max(counts.total, 1)}>
            {counts[s]}
          </progress>
        </li>
      ))}
    </ul>
  );
}

/** Server-rendered SVG: cumulative submissions per day, the due date as a line. */
export function SubmissionsChart(props: {
  points: { day: string; count: number }[];
  total: number;
  dueOn: string;
  formatDay: (d: string) => string;
}) {
  const t = useT();
  const { points, total } = props;
  const W = 640;
  const H = 220;
  const P = { l: 40, r: 12, t: 12, b: 28 };
  if (points.length === 0) return <p>{t("admin-chart-empty")}</p>;
  const maxY = Math.max(total, 1);
  const x = (i: number) =>
    P.l + (points.length === 1 ? 0 : (i * (W - P.l - P.r)) / (points.length - 1));
  const y = (v: number) => H - P.b - (v * (H - P.t - P.b)) / maxY;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.count).toFixed(1)}`).join(" ");
  const dueIdx = points.findIndex((p) => p.day === props.dueOn);
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t("admin-chart-title")}
        xmlns="http://www.w3.org/2000/svg"
      >
        <line x1={P.l} y1={y(0)} x2={W - P.r} y2={y(0)} class="axis" />
        <line x1={P.l} y1={y(maxY)} x2={W - P.r} y2={y(maxY)} class="grid" />
        <text x={P.l - 4} y={y(0)} class="lbl" text-anchor="end">
          0
        </text>
        <text x={P.l - 4} y={y(maxY) + 4} class="lbl" text-anchor="end">
          {maxY}
        </text>
        {dueIdx >= 0 ? (
          <>
            <line x1={x(dueIdx)} y1={P.t} x2={x(dueIdx)} y2={y(0)} class="due" />
            <text x={x(dueIdx) - 4} y={P.t + 10} class="lbl" text-anchor="end">
              {t("admin-chart-due")}
            </text>
          </>
        ) : null}
        <polyline points={line} class="series" fill="none" />
        <text x={P.l} y={H - 8} class="lbl">
          {first ? props.formatDay(first.day) : ""}
        </text>
        <text x={W - P.r} y={H - 8} class="lbl" text-anchor="end">
          {last ? props.formatDay(last.day) : ""}
        </text>
      </svg>
      <figcaption>{t("admin-chart-caption", { count: last?.count ?? 0, total })}</figcaption>
    </figure>
  );
}

/** A link that toggles sorting by a column, keeping the other query parameters. */
export function SortLink(props: { url: URL; col: string; label: string }) {
  const u = new URL(props.url.toString());
  const cur = u.searchParams.get("sort");
  const dir = u.searchParams.get("dir") === "desc" ? "desc" : "asc";
  const next = cur === props.col && dir === "asc" ? "desc" : "asc";
  u.searchParams.set("sort", props.col);
  u.searchParams.set("dir", next);
  u.searchParams.delete("page");
  const mark = cur === props.col ? (dir === "asc" ? " ▲" : " ▼") : "";
  return (
    <a href={u.pathname + u.search}>
      {props.label}
      {mark}
    </a>
  );
}

/**
 * The search + status filter over a campaign's progress (dashboard and the
 * responses list); `hidden` carries the other parameters the page keeps.
 */
export function StateFilter(props: {
  action: string;
  hidden: Record<string, string | number | undefined>;
  q?: string;
  state?: string;
}) {
  const t = useT();
  return (
    <SearchForm action={props.action} hidden={props.hidden} q={props.q}>
      <select name="state" aria-label={t("admin-filter-state")}>
        <option value="">{t("admin-filter-any-state")}</option>
        {PROGRESS_STATES.map((s) => (
          <option value={s} selected={props.state === s}>
            {t(`admin-state-${s}`)}
          </option>
        ))}
      </select>
    </SearchForm>
  );
}
