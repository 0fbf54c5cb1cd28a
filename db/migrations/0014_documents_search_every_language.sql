-- Search in every language. Chinese, Japanese and Korean words are not separated by spaces, so full-text search
-- cannot find a word inside a title: search_text holds the searchable fields as plain text (NFKC, so full-width
-- letters match) for substring matches over a trigram index (pg_trgm: an extension PGlite loads in
-- db/client.server.ts; trusted on PostgreSQL 13+, so a database owner may create it).
-- search_vector gains the russian, french, spanish and arabic configurations beside english, so inflected forms
-- match (карта / карту); numbers and sources stay exact ('simple'). Weights: number and title A, abstract B,
-- keywords C, source D (see app/features/publication/search.server.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "search_text" text;
--> statement-breakpoint
CREATE INDEX "documents_search_text_idx" ON "documents" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION documents_words_vector(body text, weight "char") RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(
    to_tsvector('simple', body) || to_tsvector('english', body) || to_tsvector('russian', body) ||
    to_tsvector('french', body) || to_tsvector('spanish', body) || to_tsvector('arabic', body),
    weight)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION documents_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keywords text := coalesce(array_to_string(NEW.keywords, ' '), '');
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple', coalesce(NEW.number_label, '')), 'A') ||
    documents_words_vector(normalize(coalesce(NEW.title, ''), NFKC), 'A') ||
    documents_words_vector(normalize(coalesce(NEW.abstract, ''), NFKC), 'B') ||
    documents_words_vector(normalize(keywords, NFKC), 'C') ||
    setweight(to_tsvector('simple', normalize(coalesce(NEW.source, ''), NFKC)), 'D');
  NEW.search_text := normalize(concat_ws(E'\n', NEW.number_label, NEW.title, NEW.source, keywords, NEW.abstract), NFKC);
  RETURN NEW;
END
$$;
--> statement-breakpoint
UPDATE documents SET title = title;
