ALTER TABLE "Post" DROP CONSTRAINT IF EXISTS "Post_userId_fkey";
ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_authorId_fkey";
ALTER TABLE "Post" RENAME CONSTRAINT "Post_authorId_fkey" TO "Post_author_fkey";
ALTER TABLE "Post" DROP CONSTRAINT "Post_author_fkey";
ALTER TABLE "Post" ADD CONSTRAINT "Post_score_max" CHECK ("score" < 100) NOT VALID;
ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_score_max";
ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey", ADD CONSTRAINT "Post_pkey" PRIMARY KEY ("id");
