ALTER TABLE "agencies" ADD COLUMN "is_test" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "is_test" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- the playground's rows made before this column: its agency, and its campaign (only playground services)
UPDATE "agencies" SET "is_test" = true WHERE "code" = 'PLAYGROUND';--> statement-breakpoint
UPDATE "campaigns" c SET "is_test" = true WHERE c."title" = 'Playground' AND NOT EXISTS (
  SELECT 1 FROM "assignments" a JOIN "agencies" g ON g."id" = a."agency_id"
  WHERE a."campaign_id" = c."id" AND g."code" <> 'PLAYGROUND'
);
