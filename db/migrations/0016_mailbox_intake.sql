CREATE TABLE "mailed_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" text NOT NULL,
	"meeting_id" uuid,
	"from_address" text NOT NULL,
	"user_id" uuid,
	"subject" text DEFAULT '' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"filename" text,
	"content_type" text,
	"size" bigint,
	"sha256" text,
	"crc32" bigint,
	"storage_key" text,
	"cover" jsonb,
	"document_id" uuid,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "mailed_submissions_message_id_unique" UNIQUE("message_id"),
	CONSTRAINT "mailed_submissions_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "intake_address" text;--> statement-breakpoint
ALTER TABLE "mailed_submissions" ADD CONSTRAINT "mailed_submissions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailed_submissions" ADD CONSTRAINT "mailed_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailed_submissions" ADD CONSTRAINT "mailed_submissions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailed_submissions" ADD CONSTRAINT "mailed_submissions_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mailed_submissions_meeting_idx" ON "mailed_submissions" USING btree ("meeting_id","state");--> statement-breakpoint
CREATE INDEX "mailed_submissions_from_idx" ON "mailed_submissions" USING btree ("from_address");--> statement-breakpoint
CREATE INDEX "mailed_submissions_document_idx" ON "mailed_submissions" USING btree ("document_id");