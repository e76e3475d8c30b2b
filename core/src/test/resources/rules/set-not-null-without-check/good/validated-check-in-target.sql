-- "Post"."authorId" has a validated CHECK ("authorId" IS NOT NULL) in the target (see setup.sql)
ALTER TABLE "Post" ALTER COLUMN "authorId" SET NOT NULL;
