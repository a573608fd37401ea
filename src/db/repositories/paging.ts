/** One page of a list the admin panel shows: the rows asked for and how many match in all. */
export interface Paging {
  limit: number;
  offset: number;
}
export interface Page<T> {
  rows: T[];
  total: number;
}

/** An ILIKE pattern matching `q` anywhere, with LIKE's wildcards taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[%_\\]/g, "\\$&")}%`;
}

/** The rows and the count of one filtered list, side by side. */
export async function paged<T>(
  rows: Promise<T[]>,
  count: Promise<{ n: number }[]>,
): Promise<Page<T>> {
  const [r, c] = await Promise.all([rows, count]);
  return { rows: r, total: Number(c[0]?.n ?? 0) };
}
