-- A renamed column keeps its index, which goes when the column does.
ALTER TABLE "Post" RENAME COLUMN "authorId" TO "writerId";
ALTER TABLE "Post" DROP COLUMN "writerId";
CREATE INDEX "Post_authorId_idx" ON "Post"("id");
