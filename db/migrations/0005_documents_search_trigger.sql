-- Keeps documents.search_vector in step with the searchable fields (an expression index cannot use
-- array_to_string, which is not IMMUTABLE). Numbers use the 'simple' configuration (no stemming),
-- words the 'english' one; queries combine both (see app/features/publication/document-list.server.ts).
CREATE OR REPLACE FUNCTION documents_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple', coalesce(NEW.number_label, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW.source, '')), 'B') ||
    setweight(to_tsvector('simple', coalesce(NEW.source, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(array_to_string(NEW.keywords, ' '), '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW.abstract, '')), 'C');
  RETURN NEW;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS documents_search_vector_trigger ON documents;
--> statement-breakpoint
CREATE TRIGGER documents_search_vector_trigger BEFORE INSERT OR UPDATE OF number_label, title, source, keywords, abstract
  ON documents FOR EACH ROW EXECUTE FUNCTION documents_search_vector_update();
--> statement-breakpoint
UPDATE documents SET title = title;
