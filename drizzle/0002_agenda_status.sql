CREATE TABLE "roadmap_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"roadmap_id" integer NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "sent_version" integer;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "roadmap_versions" ADD CONSTRAINT "roadmap_versions_roadmap_id_roadmaps_id_fk" FOREIGN KEY ("roadmap_id") REFERENCES "public"."roadmaps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "roadmap_versions_uq" ON "roadmap_versions" USING btree ("roadmap_id","version");--> statement-breakpoint
UPDATE "meetings" SET "sent_version" = "agenda_version" WHERE "sent_to_members_at" IS NOT NULL AND "agenda_version" > 0;
