ALTER TABLE "document_files" ADD COLUMN "crc32" bigint;--> statement-breakpoint
ALTER TABLE "pending_uploads" ADD COLUMN "crc32" bigint;