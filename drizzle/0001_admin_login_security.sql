-- login codes become per-attempt rows named by a token: the few short-lived old codes go
DELETE FROM "login_codes";--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "login_codes" ALTER COLUMN "admin_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "login_codes" ALTER COLUMN "code_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "admins" ADD COLUMN "name_key" text;--> statement-breakpoint
-- the same key as adminNameKey() (src/domain/admins.ts): no case, no spaces
UPDATE "admins" SET "name_key" = lower(regexp_replace(normalize("name", NFKC), '\s', '', 'g'));--> statement-breakpoint
-- names that already collide: the later admins keep their name but log in by Telegram ID until renamed
UPDATE "admins" a SET "name_key" = a."name_key" || '#' || a."id"
  WHERE EXISTS (SELECT 1 FROM "admins" b WHERE b."name_key" = a."name_key" AND b."id" < a."id");--> statement-breakpoint
ALTER TABLE "admins" ALTER COLUMN "name_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "login_codes" ADD COLUMN "token_hash" text NOT NULL;--> statement-breakpoint
ALTER TABLE "login_codes" ADD COLUMN "requester" text NOT NULL;--> statement-breakpoint
ALTER TABLE "login_codes" ADD COLUMN "login_key" text NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "admins_name_key_uq" ON "admins" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "login_codes_requester_idx" ON "login_codes" USING btree ("requester","login_key","created_at");--> statement-breakpoint
ALTER TABLE "login_codes" ADD CONSTRAINT "login_codes_token_hash_unique" UNIQUE("token_hash");