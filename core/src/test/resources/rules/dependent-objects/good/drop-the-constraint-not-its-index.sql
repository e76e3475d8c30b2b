-- The key goes through its constraint, and a plain unique index of the same name can then be dropped.
ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey";
CREATE UNIQUE INDEX "Post_pkey" ON "Post"("id");
DROP INDEX "Post_pkey";
CREATE INDEX "Post_title_idx" ON "Post"("title");
DROP INDEX "Post_title_idx";
