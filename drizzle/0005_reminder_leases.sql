CREATE TABLE "send_budget" (
	"name" text PRIMARY KEY NOT NULL,
	"next_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reminder_ledger" ADD COLUMN "owner" text;--> statement-breakpoint
ALTER TABLE "reminder_ledger" ADD COLUMN "lease_until" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "reminder_ledger" ADD COLUMN "uncertain" integer DEFAULT 0 NOT NULL;