CREATE TABLE "process_answers" (
	"response_id" integer NOT NULL,
	"item_no" smallint NOT NULL,
	"value" jsonb NOT NULL,
	"answered_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "process_answers_response_id_item_no_pk" PRIMARY KEY("response_id","item_no")
);
--> statement-breakpoint
CREATE TABLE "process_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"response_id" integer NOT NULL,
	"item_no" smallint NOT NULL,
	"official_id" integer,
	"old_value" jsonb,
	"new_value" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "process_optional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "process_answers" ADD CONSTRAINT "process_answers_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_answers" ADD CONSTRAINT "process_answers_answered_by_officials_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_history" ADD CONSTRAINT "process_history_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_history" ADD CONSTRAINT "process_history_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "process_history_response_idx" ON "process_history" USING btree ("response_id","item_no");