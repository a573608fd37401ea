import { agencies, services } from "../schema.js";

/** A service and its agency as every list of questionnaires, agenda items and roadmaps shows them. */
export interface ServiceAndAgency {
  registryCode: string;
  serviceNameKk: string;
  serviceNameRu: string;
  agencyId: number;
  agencyNameKk: string;
  agencyNameRu: string;
}

/** The select columns of ServiceAndAgency (the query joins services and agencies). */
export const serviceAndAgencyColumns = {
  registryCode: services.registryCode,
  serviceNameKk: services.nameKk,
  serviceNameRu: services.nameRu,
  agencyId: agencies.id,
  agencyNameKk: agencies.nameKk,
  agencyNameRu: agencies.nameRu,
};
