CREATE TABLE "collab_editors" (
	"document_name" text NOT NULL,
	"user_id" uuid NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collab_editors_document_name_user_id_pk" PRIMARY KEY("document_name","user_id")
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "decision_note" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "decision_target_id" uuid;--> statement-breakpoint
ALTER TABLE "collab_editors" ADD CONSTRAINT "collab_editors_document_name_collab_documents_name_fk" FOREIGN KEY ("document_name") REFERENCES "public"."collab_documents"("name") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collab_editors" ADD CONSTRAINT "collab_editors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collab_editors" ADD CONSTRAINT "collab_editors_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collab_editors_user_idx" ON "collab_editors" USING btree ("user_id");