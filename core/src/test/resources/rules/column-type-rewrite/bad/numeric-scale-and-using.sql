-- expect: column-type-rewrite
ALTER TABLE "User" ALTER COLUMN "score" SET DATA TYPE NUMERIC(12,4);
-- expect: column-type-rewrite
ALTER TABLE "Post" ALTER COLUMN "title" TYPE VARCHAR USING trim("title");
