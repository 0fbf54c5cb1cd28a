CREATE TABLE "incoming_liaison_addressees" (
	"incoming_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	CONSTRAINT "incoming_liaison_addressees_incoming_id_group_id_pk" PRIMARY KEY("incoming_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "incoming_liaison_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incoming_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incoming_liaison_files_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "incoming_liaisons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"sender_organisation" text NOT NULL,
	"sender_group" text DEFAULT '' NOT NULL,
	"received_on" date NOT NULL,
	"reply_deadline" date,
	"summary" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'new' NOT NULL,
	"assigned_group_id" uuid,
	"responsible_user_id" uuid,
	"responsible_name" text,
	"responsible_email" text,
	"no_action_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_incoming_id" uuid,
	"from_outgoing_id" uuid,
	"to_incoming_id" uuid,
	"to_outgoing_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "liaison_answers_one_from" CHECK (num_nonnulls("liaison_answers"."from_incoming_id", "liaison_answers"."from_outgoing_id") = 1),
	CONSTRAINT "liaison_answers_one_to" CHECK (num_nonnulls("liaison_answers"."to_incoming_id", "liaison_answers"."to_outgoing_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "liaison_reminder_settings" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"days" integer[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incoming_id" uuid NOT NULL,
	"threshold_days" integer NOT NULL,
	"recipient_key" text NOT NULL,
	"recipient_name" text NOT NULL,
	"email" text,
	"status" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incoming_liaison_addressees" ADD CONSTRAINT "incoming_liaison_addressees_incoming_id_incoming_liaisons_id_fk" FOREIGN KEY ("incoming_id") REFERENCES "public"."incoming_liaisons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_liaison_addressees" ADD CONSTRAINT "incoming_liaison_addressees_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_liaison_files" ADD CONSTRAINT "incoming_liaison_files_incoming_id_incoming_liaisons_id_fk" FOREIGN KEY ("incoming_id") REFERENCES "public"."incoming_liaisons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_liaison_files" ADD CONSTRAINT "incoming_liaison_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_liaisons" ADD CONSTRAINT "incoming_liaisons_assigned_group_id_groups_id_fk" FOREIGN KEY ("assigned_group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_liaisons" ADD CONSTRAINT "incoming_liaisons_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_liaisons" ADD CONSTRAINT "incoming_liaisons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_answers" ADD CONSTRAINT "liaison_answers_from_incoming_id_incoming_liaisons_id_fk" FOREIGN KEY ("from_incoming_id") REFERENCES "public"."incoming_liaisons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_answers" ADD CONSTRAINT "liaison_answers_from_outgoing_id_liaison_statements_id_fk" FOREIGN KEY ("from_outgoing_id") REFERENCES "public"."liaison_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_answers" ADD CONSTRAINT "liaison_answers_to_incoming_id_incoming_liaisons_id_fk" FOREIGN KEY ("to_incoming_id") REFERENCES "public"."incoming_liaisons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_answers" ADD CONSTRAINT "liaison_answers_to_outgoing_id_liaison_statements_id_fk" FOREIGN KEY ("to_outgoing_id") REFERENCES "public"."liaison_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_answers" ADD CONSTRAINT "liaison_answers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_reminder_settings" ADD CONSTRAINT "liaison_reminder_settings_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_reminder_settings" ADD CONSTRAINT "liaison_reminder_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_reminders" ADD CONSTRAINT "liaison_reminders_incoming_id_incoming_liaisons_id_fk" FOREIGN KEY ("incoming_id") REFERENCES "public"."incoming_liaisons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incoming_liaison_addressees_group_idx" ON "incoming_liaison_addressees" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "incoming_liaison_files_incoming_idx" ON "incoming_liaison_files" USING btree ("incoming_id");--> statement-breakpoint
CREATE INDEX "incoming_liaisons_deadline_idx" ON "incoming_liaisons" USING btree ("state","reply_deadline");--> statement-breakpoint
CREATE INDEX "incoming_liaisons_sender_idx" ON "incoming_liaisons" USING btree ("sender_organisation");--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_answers_pair_idx" ON "liaison_answers" USING btree (coalesce("from_incoming_id", "from_outgoing_id"),coalesce("to_incoming_id", "to_outgoing_id"));--> statement-breakpoint
CREATE INDEX "liaison_answers_to_incoming_idx" ON "liaison_answers" USING btree ("to_incoming_id");--> statement-breakpoint
CREATE INDEX "liaison_answers_from_outgoing_idx" ON "liaison_answers" USING btree ("from_outgoing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_reminders_once_idx" ON "liaison_reminders" USING btree ("incoming_id","threshold_days","recipient_key");