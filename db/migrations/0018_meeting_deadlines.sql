CREATE TABLE "group_deadline_rules" (
	"group_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"days_before" integer NOT NULL,
	"time" text DEFAULT '23:59' NOT NULL,
	CONSTRAINT "group_deadline_rules_group_id_kind_pk" PRIMARY KEY("group_id","kind")
);
--> statement-breakpoint
CREATE TABLE "late_submitters" (
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"granted_by" uuid,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "late_submitters_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_deadlines" (
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"overridden" boolean DEFAULT true NOT NULL,
	CONSTRAINT "meeting_deadlines_meeting_id_kind_pk" PRIMARY KEY("meeting_id","kind")
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "grace_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "request_began_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "deadline_rule" text;--> statement-breakpoint
ALTER TABLE "group_deadline_rules" ADD CONSTRAINT "group_deadline_rules_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "late_submitters" ADD CONSTRAINT "late_submitters_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "late_submitters" ADD CONSTRAINT "late_submitters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "late_submitters" ADD CONSTRAINT "late_submitters_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_deadlines" ADD CONSTRAINT "meeting_deadlines_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "late_submitters_user_idx" ON "late_submitters" USING btree ("user_id");--> statement-breakpoint
INSERT INTO "meeting_deadlines" ("meeting_id", "kind", "at", "overridden") SELECT "id", 'preregistration', "preregistration_deadline", true FROM "meetings" WHERE "preregistration_deadline" IS NOT NULL;
