-- expect: missing-constraint
ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_author_fkey";
