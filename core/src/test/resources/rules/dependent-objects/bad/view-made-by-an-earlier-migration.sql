CREATE VIEW "PostTitles" AS SELECT p."title", "authorId" AS author FROM "Post" p WHERE p."title" IS NOT NULL;

-- AlterTable
-- expect: dependent-objects
ALTER TABLE "Post" DROP COLUMN "title";
