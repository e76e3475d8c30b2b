-- expect: missing-constraint
ALTER TABLE "Post" DROP CONSTRAINT "Post_userId_fkey";
