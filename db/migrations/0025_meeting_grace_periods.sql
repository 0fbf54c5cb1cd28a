CREATE TABLE "meeting_grace_periods" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"minutes" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_grace_periods" ADD CONSTRAINT "meeting_grace_periods_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "meeting_grace_periods" ("meeting_id", "minutes") SELECT "id", "grace_minutes" FROM "meetings" WHERE "grace_minutes" > 0;--> statement-breakpoint
ALTER TABLE "meetings" DROP COLUMN "grace_minutes";