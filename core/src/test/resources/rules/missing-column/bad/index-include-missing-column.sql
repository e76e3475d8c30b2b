-- expect: missing-column
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId") INCLUDE ("publishedAt");
