ALTER TABLE "Post" DROP COLUMN "title";
-- expect: missing-column
CREATE INDEX "Post_title_idx" ON "Post"("title");
