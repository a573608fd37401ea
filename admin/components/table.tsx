import { useT } from "./request.js";

/** A table's header row from locale keys (null: an empty column, e.g. for row actions). */
export function TableHead(p: { cols: (string | null)[] }) {
  const t = useT();
  return (
    <thead>
      <tr>
        {p.cols.map((k) => (
          <th>{k ? t(k) : null}</th>
        ))}
      </tr>
    </thead>
  );
}
