/** Rows for the Commission tests: services with submitted questionnaires and digest answers. */
import JSZip from "jszip";
import type { Db } from "../../src/db/client.js";
import { answers, responses } from "../../src/db/schema.js";
import type { AnswerValue } from "../../src/domain/answers/values.js";
import { seedAgency, seedCampaign, seedOfficial, seedService } from "./seed.js";

export interface AgendaWorld {
  agencyIds: number[];
  /** response ids in creation order, with their Russian service names */
  responses: { id: number; nameRu: string; nameKk: string; agencyId: number }[];
  officialTelegramId: number;
}

const DIGEST: Record<number, AnswerValue> = {
  1: { type: "demand", years: [{ year: 2025, count: 12_345 }] },
  2: { type: "choice", choice: "yes" },
  8: { type: "choice", choice: "yes" },
  9: { type: "choice", choice: "no" },
  10: { type: "list", items: ["Регистрация по месту жительства"] },
};

export async function seedAgendaWorld(
  db: Db,
  o: { services?: number; agencies?: number; officialTelegramId?: number; year?: number } = {},
): Promise<AgendaWorld> {
  const campaign = await seedCampaign(db, { year: o.year ?? 2026 });
  const agencyIds: number[] = [];
  const out: AgendaWorld["responses"] = [];
  const officialTelegramId = o.officialTelegramId ?? 5001;
  const nAgencies = o.agencies ?? 2;
  const nServices = o.services ?? 4;
  for (let a = 0; a < nAgencies; a++)
    agencyIds.push((await seedAgency(db, `Министерство №${a + 1}`)).id);
  const byAgency = new Map<number, number[]>();
  const svc: { id: number; nameRu: string; nameKk: string; agencyId: number }[] = [];
  for (let i = 0; i < nServices; i++) {
    const agencyId = agencyIds[i % nAgencies]!;
    const nameRu = `Услуга ${String(i + 1).padStart(4, "0")}`;
    const nameKk = `Қызмет ${String(i + 1).padStart(4, "0")}`;
    const s = await seedService(db, agencyId, nameRu, nameKk);
    svc.push({ id: s.id, nameRu, nameKk, agencyId });
    byAgency.set(agencyId, [...(byAgency.get(agencyId) ?? []), s.id]);
  }
  const assignmentOf = new Map<number, number>();
  let tg = officialTelegramId;
  for (const [agencyId, serviceIds] of byAgency) {
    const { assignmentIds } = await seedOfficial(db, {
      telegramId: tg++,
      agencyId,
      campaignId: campaign.id,
      serviceIds,
    });
    for (const [k, sid] of serviceIds.entries()) assignmentOf.set(sid, assignmentIds[k]!);
  }
  const rows = await db
    .insert(responses)
    .values(
      svc.map((s, i) => ({
        assignmentId: assignmentOf.get(s.id)!,
        status: (i % 5 === 4 ? "accepted" : "submitted") as "accepted" | "submitted",
        submittedAt: new Date(Date.UTC(2026, 3, 1, 5, i % 60)),
      })),
    )
    .returning({ id: responses.id });
  const ans = rows.flatMap((r, i) =>
    Object.entries(DIGEST)
      .filter(([no]) => i % 2 === 0 || no === "1")
      .map(([no, value]) => ({
        responseId: r.id,
        questionNo: Number(no),
        value,
        justification: "Обоснование",
      })),
  );
  for (let k = 0; k < ans.length; k += 1000)
    await db.insert(answers).values(ans.slice(k, k + 1000));
  for (const [i, r] of rows.entries()) {
    out.push({
      id: r.id,
      nameRu: svc[i]!.nameRu,
      nameKk: svc[i]!.nameKk,
      agencyId: svc[i]!.agencyId,
    });
  }
  return { agencyIds, responses: out, officialTelegramId };
}

/** The text of word/document.xml of a DOCX, tags stripped. */
export async function docxText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .replace(/<w:p[ >]/g, "\n$&")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}
