-- A migration of its own: PostgreSQL runs a single statement outside any transaction block.
CREATE INDEX CONCURRENTLY "Post_title_idx" ON "Post"("title");
