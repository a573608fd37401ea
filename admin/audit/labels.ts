/**
 * The audit log in words: actions, objects and fields the code writes, each a locale key
 * (`audit-action-…`, `audit-entity-…`, `audit-field-…` in both languages). A name written by
 * code newer than this list is shown as stored rather than hidden.
 */
import type { Translate } from "../../src/i18n/index.js";

export const AUDIT_ACTIONS = [
  "accept",
  "add-services",
  "agenda-add",
  "agenda-approve",
  "agenda-item",
  "agenda-move",
  "agenda-remove",
  "agenda-reopen",
  "agenda-send",
  "approve",
  "archive",
  "attendance",
  "cancel",
  "close",
  "create",
  "create-test-official",
  "decision",
  "delete",
  "import",
  "invite.create",
  "invite.redeem",
  "invite.revoke",
  "login",
  "logout",
  "meeting-cancel",
  "meeting-held",
  "official.agency-change",
  "put",
  "remove-service",
  "reopen",
  "return",
  "roadmap-close",
  "roadmap-restore",
  "send-list",
  "submit",
  "unarchive",
  "update",
  "update-policy",
  "update-process-optional",
] as const;

export const AUDIT_ENTITIES = [
  "admin",
  "agency",
  "agenda_item",
  "calendar",
  "campaign",
  "invite",
  "meeting",
  "official",
  "response",
  "roadmap",
  "roadmap_activity",
  "service",
] as const;

export const AUDIT_FIELDS = [
  "adminId",
  "agencyId",
  "archivedAt",
  "attendance",
  "campaignId",
  "code",
  "comment",
  "decision",
  "dueOn",
  "inviteId",
  "linked",
  "listSentOn",
  "locale",
  "minutes",
  "name",
  "nameKk",
  "nameRu",
  "note",
  "place",
  "processOptional",
  "reason",
  "role",
  "serviceIds",
  "speaker",
  "startsAt",
  "status",
  "target",
  "telegramId",
  "title",
  "unlinked",
  "version",
  "year",
] as const;

const ACTIONS = new Set<string>(AUDIT_ACTIONS);
const ENTITIES = new Set<string>(AUDIT_ENTITIES);
const FIELDS = new Set<string>(AUDIT_FIELDS);

/** A Fluent identifier from a stored name ("invite.create" → "invite-create"). */
const slug = (v: string) => v.replace(/[^A-Za-z0-9_-]/g, "-");

export function actionLabel(t: Translate, action: string): string {
  return ACTIONS.has(action) ? t(`audit-action-${slug(action)}`) : action;
}

export function entityLabel(t: Translate, entity: string): string {
  return ENTITIES.has(entity) ? t(`audit-entity-${slug(entity)}`) : entity;
}

export function fieldLabel(t: Translate, field: string): string {
  return FIELDS.has(field) ? t(`audit-field-${slug(field)}`) : field;
}

/** The keys of every label (the locale tests render each in both languages). */
export function auditLabelKeys(): string[] {
  return [
    ...AUDIT_ACTIONS.map((a) => `audit-action-${slug(a)}`),
    ...AUDIT_ENTITIES.map((e) => `audit-entity-${slug(e)}`),
    ...AUDIT_FIELDS.map((f) => `audit-field-${slug(f)}`),
  ];
}
