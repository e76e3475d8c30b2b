DROP INDEX IF EXISTS "Post_title_idx";
ALTER INDEX IF EXISTS "Post_old_idx" RENAME TO "Post_new_idx";
CREATE INDEX "Post_title_idx" ON "Post"("title");
ALTER INDEX "Post_title_idx" RENAME TO "Post_title_lookup_idx";
DROP INDEX "Post_title_lookup_idx";
DROP INDEX "Post_slug_key";
ALTER INDEX "Post_pkey" RENAME TO "Post_primary";
