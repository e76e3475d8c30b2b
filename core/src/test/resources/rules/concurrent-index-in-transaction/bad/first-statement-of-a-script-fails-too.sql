-- expect: concurrent-index-in-transaction
CREATE INDEX CONCURRENTLY "Post_title_idx" ON "Post"("title");
ALTER TABLE "Post" ADD COLUMN "slug" TEXT;
