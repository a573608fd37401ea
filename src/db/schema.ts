/**
 * The whole data model. Everything that matters lives here so a restart, a deploy or a second
 * instance loses nothing. One file on purpose (~550 lines): drizzle-kit generates the migrations
 * from it, and the tables' references read best side by side.
 * Timestamps are `timestamptz`; calendar dates are `date` strings (YYYY-MM-DD,
 * meant in Asia/Almaty).
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { CampaignStatus, MeetingStatus, RoadmapStatus } from "../domain/agenda.js";
import type { AdminRole, Cursor, Locale, ResponseStatus } from "../domain/vocabulary.js";

const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const createdAt = () => tstz("created_at").notNull().defaultNow();
const telegramId = (name: string) => bigint(name, { mode: "number" });

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

export const agencies = pgTable("agencies", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  nameKk: text("name_kk").notNull(),
  nameRu: text("name_ru").notNull(),
  archivedAt: tstz("archived_at"),
  /** the playground's agency (its services too): shown nowhere outside the playground */
  isTest: boolean("is_test").notNull().default(false),
  createdAt: createdAt(),
});

export const services = pgTable(
  "services",
  {
    id: serial("id").primaryKey(),
    registryCode: text("registry_code").notNull().unique(),
    nameKk: text("name_kk").notNull(),
    nameRu: text("name_ru").notNull(),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    archivedAt: tstz("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [index("services_agency_idx").on(t.agencyId)],
);

/** A state body's employee who answers in Telegram. Created when an invitation is redeemed. */
export const officials = pgTable(
  "officials",
  {
    id: serial("id").primaryKey(),
    telegramId: telegramId("telegram_id").notNull().unique(),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    fullName: text("full_name"),
    position: text("position"),
    /** null until the official has picked a language */
    locale: text("locale").$type<Locale>(),
    /** the language of their Telegram app (kk or ru): what they read until they pick one */
    telegramLocale: text("telegram_locale").$type<Locale>(),
    /** false after Telegram answered 403 (blocked / deactivated); true again when they write */
    reachable: boolean("reachable").notNull().default(true),
    unreachableSince: tstz("unreachable_since"),
    lastSeenAt: tstz("last_seen_at"),
    /** where the official is in the bot: the questionnaire and question being answered */
    cursor: jsonb("cursor").$type<Cursor | null>(),
    createdAt: createdAt(),
  },
  (t) => [index("officials_agency_idx").on(t.agencyId)],
);

/** The authorized body's staff: the commission's secretary and members. */
export const admins = pgTable(
  "admins",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    /** the name without case and spaces (domain/admins.ts adminNameKey): unique, the login key */
    nameKey: text("name_key").notNull(),
    role: text("role").$type<AdminRole>().notNull(),
    telegramId: telegramId("telegram_id").unique(),
    locale: text("locale").$type<Locale>().notNull().default("ru"),
    reachable: boolean("reachable").notNull().default(true),
    /** deactivated: cannot log in, sessions ended */
    archivedAt: tstz("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("admins_name_key_uq").on(t.nameKey)],
);

export const campaigns = pgTable(
  "campaigns",
  {
    id: serial("id").primaryKey(),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    /** the day the list of services was sent to the agencies (p.7) */
    listSentOn: date("list_sent_on"),
    /** one month after the list was received (p.8), editable */
    dueOn: date("due_on").notNull(),
    reminderPolicy: jsonb("reminder_policy").notNull(),
    status: text("status").$type<CampaignStatus>().notNull().default("draft"),
    /** this year's submit does not wait for Appendix 1 (the business process) */
    processOptional: boolean("process_optional").notNull().default(false),
    /** the playground's campaign: left out of dashboards, pickers, lists and reports */
    isTest: boolean("is_test").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("campaigns_year_idx").on(t.year)],
);

/** Transferred days off and extra working days announced each year. */
export const calendarOverrides = pgTable("calendar_overrides", {
  date: date("date").primaryKey(),
  kind: text("kind").$type<"off" | "work">().notNull(),
  note: text("note"),
});

/** A service to review in a campaign; one response per assignment. */
export const assignments = pgTable(
  "assignments",
  {
    id: serial("id").primaryKey(),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("assignments_campaign_service_uq").on(t.campaignId, t.serviceId),
    index("assignments_agency_idx").on(t.agencyId),
  ],
);

/** Which officials answer for an assignment (several may share one questionnaire). */
export const assignmentOfficials = pgTable(
  "assignment_officials",
  {
    assignmentId: integer("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    officialId: integer("official_id")
      .notNull()
      .references(() => officials.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.assignmentId, t.officialId] }),
    index("assignment_officials_official_idx").on(t.officialId),
  ],
);

export const responses = pgTable(
  "responses",
  {
    id: serial("id").primaryKey(),
    assignmentId: integer("assignment_id")
      .notNull()
      .unique()
      .references(() => assignments.id, { onDelete: "cascade" }),
    status: text("status").$type<ResponseStatus>().notNull().default("draft"),
    startedAt: tstz("started_at"),
    submittedAt: tstz("submitted_at"),
    returnedAt: tstz("returned_at"),
    returnComment: text("return_comment"),
    acceptedAt: tstz("accepted_at"),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("responses_status_idx").on(t.status)],
);

/** One row per answered question: the source of truth for progress. */
export const answers = pgTable(
  "answers",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    questionNo: smallint("question_no").notNull(),
    value: jsonb("value"),
    justification: text("justification"),
    answeredBy: integer("answered_by").references(() => officials.id),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionNo] }),
    // "answered" (src/db/repositories/answered.ts) counted from the index alone: a response's
    // count is one index-only lookup instead of visiting each answer's row
    index("answers_answered_idx")
      .on(t.responseId)
      .where(
        sql`${t.value} is not null and ${t.justification} is not null and ${t.justification} <> ''`,
      ),
  ],
);

/** Every change of an answer: who, when, old → new. */
export const answerHistory = pgTable(
  "answer_history",
  {
    id: serial("id").primaryKey(),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    questionNo: smallint("question_no").notNull(),
    officialId: integer("official_id").references(() => officials.id),
    field: text("field").$type<"value" | "justification">().notNull(),
    oldValue: jsonb("old_value"),
    newValue: jsonb("new_value"),
    at: createdAt(),
  },
  (t) => [index("answer_history_response_idx").on(t.responseId, t.questionNo)],
);

/** Appendix 1 (the business process and the proposals): one row per filled item, no justification. */
export const processAnswers = pgTable(
  "process_answers",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    itemNo: smallint("item_no").notNull(),
    value: jsonb("value").notNull(),
    answeredBy: integer("answered_by").references(() => officials.id),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.itemNo] })],
);

/** Every change of an Appendix 1 item: who, when, old → new. */
export const processHistory = pgTable(
  "process_history",
  {
    id: serial("id").primaryKey(),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    itemNo: smallint("item_no").notNull(),
    officialId: integer("official_id").references(() => officials.id),
    oldValue: jsonb("old_value"),
    newValue: jsonb("new_value"),
    at: createdAt(),
  },
  (t) => [index("process_history_response_idx").on(t.responseId, t.itemNo)],
);

/**
 * The other materials of p.8: explanatory note (file or text), additional proposals, and the
 * diagram of the current business process (Appendix 1, a file).
 */
export const materials = pgTable(
  "materials",
  {
    id: serial("id").primaryKey(),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"note" | "proposals" | "diagram">().notNull(),
    text: text("text"),
    fileName: text("file_name"),
    mimeType: text("mime_type"),
    size: integer("size"),
    sha256: text("sha256"),
    content: bytea("content"),
    uploadedBy: integer("uploaded_by").references(() => officials.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("materials_response_kind_uq").on(t.responseId, t.kind)],
);

/** Invitation codes: hashed, expiring, single use, revocable. */
export const invites = pgTable(
  "invites",
  {
    id: serial("id").primaryKey(),
    codeHash: text("code_hash").notNull().unique(),
    /** an official of an agency, or an admin linking their Telegram */
    target: text("target").$type<"official" | "admin">().notNull().default("official"),
    agencyId: integer("agency_id").references(() => agencies.id),
    adminId: integer("admin_id").references(() => admins.id),
    fullName: text("full_name"),
    position: text("position"),
    campaignId: integer("campaign_id").references(() => campaigns.id),
    /** null = every service of the agency in the campaign */
    serviceIds: jsonb("service_ids").$type<number[] | null>(),
    expiresAt: tstz("expires_at").notNull(),
    usedAt: tstz("used_at"),
    usedByTelegramId: telegramId("used_by_telegram_id"),
    revokedAt: tstz("revoked_at"),
    createdBy: integer("created_by").references(() => admins.id),
    createdAt: createdAt(),
  },
  (t) => [index("invites_agency_idx").on(t.agencyId)],
);

/** Wrong invitation codes typed, for the 5-per-hour lockout. */
export const codeFailures = pgTable(
  "code_failures",
  {
    id: serial("id").primaryKey(),
    telegramId: telegramId("telegram_id").notNull(),
    at: createdAt(),
  },
  (t) => [index("code_failures_user_idx").on(t.telegramId, t.at)],
);

/**
 * Login attempts: one per "send me a code" request, named by an opaque token (its SHA-256 here)
 * that only the requester's form holds. The code sent through the bot is hashed; 5 minutes,
 * 5 attempts, single use. Unknown names get a row too (no admin, no code), so the answer and
 * its later behaviour are the same for every name.
 */
export const loginCodes = pgTable(
  "login_codes",
  {
    id: serial("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    /** null: no such (active) admin */
    adminId: integer("admin_id").references(() => admins.id, { onDelete: "cascade" }),
    /** null: no code was sent (unknown name, no Telegram, not delivered): every code is wrong */
    codeHash: text("code_hash"),
    /** who asked (client address) and for which name (adminNameKey of the input) */
    requester: text("requester").notNull(),
    loginKey: text("login_key").notNull(),
    expiresAt: tstz("expires_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    usedAt: tstz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("login_codes_admin_idx").on(t.adminId),
    index("login_codes_requester_idx").on(t.requester, t.loginKey, t.createdAt),
  ],
);

/** Fixed-window request counters (login), shared by every instance on the database. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: tstz("window_start").notNull(),
  hits: integer("hits").notNull(),
});

/** First-run setup link (creates the first secretary). */
export const setupTokens = pgTable("setup_tokens", {
  id: serial("id").primaryKey(),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: tstz("expires_at").notNull(),
  usedAt: tstz("used_at"),
  createdAt: createdAt(),
});

/** Server-side admin sessions; the cookie holds a random id, the table its hash. */
export const adminSessions = pgTable("admin_sessions", {
  idHash: text("id_hash").primaryKey(),
  adminId: integer("admin_id")
    .notNull()
    .references(() => admins.id, { onDelete: "cascade" }),
  csrfToken: text("csrf_token").notNull(),
  expiresAt: tstz("expires_at").notNull(),
  createdAt: createdAt(),
});

/**
 * Reminder ledger: a row is claimed (inserted) before a message is sent; the
 * unique key makes restarts, overlapping ticks and several instances send once.
 */
/**
 * The one send budget of every instance (src/telegram/budget.ts): a GCRA row per budget name,
 * `next_at` = the first instant not yet promised to a sender.
 */
export const sendBudget = pgTable("send_budget", {
  name: text("name").primaryKey(),
  nextAt: tstz("next_at").notNull().defaultNow(),
});

export const reminderLedger = pgTable(
  "reminder_ledger",
  {
    id: serial("id").primaryKey(),
    chatId: telegramId("chat_id").notNull(),
    /** what the reminder is about, e.g. "response:12", "campaign:3", "roadmap-activity:7" */
    subject: text("subject").notNull(),
    kind: text("kind").notNull(),
    scheduledFor: date("scheduled_for").notNull(),
    status: text("status").$type<"claimed" | "sent" | "failed">().notNull().default("claimed"),
    error: text("error"),
    claimedAt: createdAt(),
    sentAt: tstz("sent_at"),
    /** the claim's owner token (random per claim): only it settles or renews the row */
    owner: text("owner"),
    /** a claimed row is someone's until then (renewed by its owner's heartbeat); a failed row may be retried from then */
    leaseUntil: tstz("lease_until").notNull().defaultNow(),
    /** attempts that ended in an ambiguous failure (5xx, lost answer): the message may have arrived */
    uncertain: integer("uncertain").notNull().default(0),
  },
  (t) => [
    uniqueIndex("reminder_ledger_uq").on(t.chatId, t.subject, t.kind, t.scheduledFor),
    index("reminder_ledger_status_idx").on(t.status),
  ],
);

export const meetings = pgTable("meetings", {
  id: serial("id").primaryKey(),
  startsAt: tstz("starts_at").notNull(),
  place: text("place").notNull().default(""),
  status: text("status").$type<MeetingStatus>().notNull().default("draft"),
  agendaVersion: integer("agenda_version").notNull().default(0),
  approvedAt: tstz("approved_at"),
  sentToMembersAt: tstz("sent_to_members_at"),
  /** the agenda version sent to members (each approved version is sent once) */
  sentVersion: integer("sent_version"),
  /** admin ids of members present (protocol) */
  attendance: jsonb("attendance").$type<number[]>(),
  createdAt: createdAt(),
});

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: serial("id").primaryKey(),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id),
    position: integer("position").notNull(),
    speaker: text("speaker"),
    minutes: integer("minutes").notNull().default(10),
    decision: text("decision").$type<"recommended" | "returned" | "rejected">(),
    decisionNote: text("decision_note"),
  },
  (t) => [uniqueIndex("agenda_items_meeting_response_uq").on(t.meetingId, t.responseId)],
);

/** Frozen copies of an approved agenda (the Commission may change it: p.12). */
export const agendaVersions = pgTable(
  "agenda_versions",
  {
    id: serial("id").primaryKey(),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("agenda_versions_uq").on(t.meetingId, t.version)],
);

/** Appendix 3 roadmap of a recommended service (p.13). */
export const roadmaps = pgTable("roadmaps", {
  id: serial("id").primaryKey(),
  responseId: integer("response_id")
    .notNull()
    .unique()
    .references(() => responses.id),
  agendaItemId: integer("agenda_item_id").references(() => agendaItems.id),
  decidedOn: date("decided_on").notNull(),
  dueOn: date("due_on").notNull(),
  status: text("status").$type<RoadmapStatus>().notNull().default("draft"),
  approvedAt: tstz("approved_at"),
  /** approved versions so far (each approval freezes a copy in roadmap_versions) */
  version: integer("version").notNull().default(0),
  /** set when a changed decision closed the roadmap */
  closedAt: tstz("closed_at"),
  createdAt: createdAt(),
});

/** Frozen copies of an approved roadmap (changes need re-opening, then a new approval). */
export const roadmapVersions = pgTable(
  "roadmap_versions",
  {
    id: serial("id").primaryKey(),
    roadmapId: integer("roadmap_id")
      .notNull()
      .references(() => roadmaps.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("roadmap_versions_uq").on(t.roadmapId, t.version)],
);

export const roadmapActivities = pgTable(
  "roadmap_activities",
  {
    id: serial("id").primaryKey(),
    roadmapId: integer("roadmap_id")
      .notNull()
      .references(() => roadmaps.id, { onDelete: "cascade" }),
    /** 1..5, the standard activities of Appendix 3 */
    no: smallint("no").notNull(),
    responsible: text("responsible"),
    deadline: date("deadline"),
    completionForm: text("completion_form"),
    doneAt: tstz("done_at"),
  },
  (t) => [uniqueIndex("roadmap_activities_uq").on(t.roadmapId, t.no)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    /** "admin:3", "official:12", "system" */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    at: createdAt(),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_entity_idx").on(t.entity)],
);

/** grammY storage (conversations, sessions): key → versioned JSON. */
export const botStorage = pgTable("bot_storage", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: tstz("updated_at").notNull().default(sql`now()`),
});
