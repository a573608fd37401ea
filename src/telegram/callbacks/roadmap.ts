/**
 * Callback data of the roadmap's buttons: every button names its roadmap, so a press on an
 * old or forwarded message is checked against the database (access, status) before acting.
 */
export type RoadmapField = "responsible" | "deadline" | "form";

export type RoadmapCallback =
  | { t: "open"; roadmapId: number }
  | { t: "activity"; roadmapId: number; no: number }
  | { t: "field"; roadmapId: number; no: number; field: RoadmapField };

const FIELD_CODE: Record<RoadmapField, string> = { responsible: "r", deadline: "d", form: "f" };
const CODE_FIELD: Record<string, RoadmapField> = { r: "responsible", d: "deadline", f: "form" };

export const rmCb = {
  open: (roadmapId: number) => `rm:${roadmapId}`,
  activity: (roadmapId: number, no: number) => `ra:${roadmapId}:${no}`,
  field: (roadmapId: number, no: number, field: RoadmapField) =>
    `rf:${roadmapId}:${no}:${FIELD_CODE[field]}`,
};

const int = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : undefined);
const activityNo = (s: string | undefined) => (s && /^[1-5]$/.test(s) ? Number(s) : undefined);

export function parseRoadmapCallback(data: string | undefined): RoadmapCallback | undefined {
  if (!data) return undefined;
  const [kind, a, b, c, ...rest] = data.split(":");
  if (rest.length) return undefined;
  const roadmapId = int(a);
  if (!roadmapId) return undefined;
  switch (kind) {
    case "rm":
      return b === undefined ? { t: "open", roadmapId } : undefined;
    case "ra": {
      const no = activityNo(b);
      return no && c === undefined ? { t: "activity", roadmapId, no } : undefined;
    }
    case "rf": {
      const no = activityNo(b);
      const field = c ? CODE_FIELD[c] : undefined;
      return no && field ? { t: "field", roadmapId, no, field } : undefined;
    }
    default:
      return undefined;
  }
}
