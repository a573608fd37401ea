/**
 * The roadmap as an official sees it: only roadmaps of the official's own agency, editable
 * while in draft. Every saved field is audited with the actor `official:<id>`.
 */
import type { Db } from "../../../db/client.js";
import { audit } from "../../../db/repositories/audit.js";
import type { Repositories } from "../../../db/repositories/index.js";
import type { RoadmapView } from "../../../db/repositories/roadmaps.js";
import { canOfficialEditRoadmap, type RoadmapStatus } from "../../../domain/agenda.js";
import type { RoadmapField } from "../../../telegram/callbacks/roadmap.js";

/** What the bot shows of a roadmap: plain JSON (conversations store it in their replay log). */
export interface RoadmapCard {
  id: number;
  status: RoadmapStatus;
  dueOn: string;
  serviceNameKk: string;
  serviceNameRu: string;
  activities: {
    no: number;
    responsible: string | null;
    deadline: string | null;
    completionForm: string | null;
  }[];
}

export function toCard(r: RoadmapView): RoadmapCard {
  return {
    id: r.id,
    status: r.status,
    dueOn: r.dueOn,
    serviceNameKk: r.serviceNameKk,
    serviceNameRu: r.serviceNameRu,
    activities: r.activities.map((a) => ({
      no: a.no,
      responsible: a.responsible,
      deadline: a.deadline,
      completionForm: a.completionForm,
    })),
  };
}

export function roadmapStore({ db, repos }: { db: Db; repos: Repositories }) {
  const repo = repos.roadmaps;

  /** The roadmap if the official's agency owns it (approved ones too: they can be read). */
  async function owned(
    official: { agencyId: number },
    roadmapId: number,
  ): Promise<RoadmapView | undefined> {
    const r = await repo.byId(roadmapId);
    return r && r.agencyId === official.agencyId ? r : undefined;
  }

  return {
    async forOfficial(official: { agencyId: number }, roadmapId: number) {
      const r = await owned(official, roadmapId);
      return r ? toCard(r) : undefined;
    },

    /** Saves one field of one activity; refuses foreign and approved roadmaps. */
    async saveField(
      official: { id: number; agencyId: number },
      roadmapId: number,
      no: number,
      field: RoadmapField,
      value: string,
    ): Promise<"saved" | "stale" | "read-only"> {
      const r = await owned(official, roadmapId);
      if (!r) return "stale";
      if (!canOfficialEditRoadmap(r.status)) return "read-only";
      const cur = r.activities.find((a) => a.no === no);
      const { before, after } = await repo.saveActivity(roadmapId, no, {
        responsible: field === "responsible" ? value : (cur?.responsible ?? null),
        deadline: field === "deadline" ? value : (cur?.deadline ?? null),
        completionForm: field === "form" ? value : (cur?.completionForm ?? null),
        doneAt: cur?.doneAt ?? null,
      });
      await audit(db, {
        actor: `official:${official.id}`,
        action: "update",
        entity: "roadmap_activity",
        entityId: `${roadmapId}:${no}`,
        before,
        after,
      });
      return "saved";
    },
  };
}
