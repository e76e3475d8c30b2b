ALTER TABLE "Post" ADD COLUMN "slug" TEXT;
-- expect: concurrent-index-in-transaction
CREATE INDEX CONCURRENTLY "Post_slug_idx" ON "Post"("slug");
