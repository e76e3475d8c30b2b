ALTER TABLE "Post" ADD COLUMN "slug" TEXT, ADD COLUMN "publishedAt" TIMESTAMP(3);
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId") INCLUDE ("publishedAt");
ALTER TABLE "Post" ALTER COLUMN "slug" SET NOT NULL;
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "User" RENAME COLUMN "email" TO "emailAddress";
ALTER TABLE "User" ALTER COLUMN "emailAddress" SET DATA TYPE VARCHAR(320);
