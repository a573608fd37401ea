/** Callback data of the annual report's button: `rp:<year>` (the official's state body is theirs). */
export const reportCb = {
  get: (year: number) => `rp:${year}`,
};

export function parseReportCallback(data: string | undefined): { year: number } | undefined {
  const m = data ? /^rp:(\d{4})$/.exec(data) : null;
  return m ? { year: Number(m[1]) } : undefined;
}
