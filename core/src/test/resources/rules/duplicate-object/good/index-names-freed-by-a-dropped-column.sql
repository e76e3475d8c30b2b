-- PostgreSQL drops an index with a column it reads, as a key or in a key expression: its name is free again.
ALTER TABLE "Post" DROP COLUMN "authorId";
ALTER TABLE "Post" ADD COLUMN "authorId" INTEGER;
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
ALTER TABLE "User" DROP COLUMN "email";
CREATE INDEX "User_lower_email_idx" ON "User"("id");
