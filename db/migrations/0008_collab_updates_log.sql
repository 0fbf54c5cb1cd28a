CREATE TABLE "collab_updates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"document_name" text NOT NULL,
	"update" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "collab_documents" ADD COLUMN "derived_through" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "collab_updates" ADD CONSTRAINT "collab_updates_document_name_collab_documents_name_fk" FOREIGN KEY ("document_name") REFERENCES "public"."collab_documents"("name") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collab_updates_document_idx" ON "collab_updates" USING btree ("document_name","id");