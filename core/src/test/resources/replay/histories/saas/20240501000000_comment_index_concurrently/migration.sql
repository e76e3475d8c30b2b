-- Built without blocking writes: a migration of its own, so PostgreSQL runs it outside a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Comment_authorId_idx" ON "Comment"("authorId");
