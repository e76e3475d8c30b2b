-- expect: missing-constraint
ALTER TABLE "Post" RENAME CONSTRAINT "post_pkey" TO "Post_primary";
