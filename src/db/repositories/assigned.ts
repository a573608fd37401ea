/**
 * Who answers for an assignment now: an official linked to it and still in its agency (a moved
 * official keeps neither access nor reminders, whatever links were left behind). The join
 * condition every query about "the officials of an assignment" uses.
 */
import { and, eq } from "drizzle-orm";
import { assignmentOfficials, assignments, officials } from "../schema.js";

export const assignedNow = and(
  eq(officials.id, assignmentOfficials.officialId),
  eq(officials.agencyId, assignments.agencyId),
);
