CREATE VIEW "Bylines" AS
SELECT "title", "email" FROM "Post" JOIN "User" ON "User"."id" = "Post"."authorId";
ALTER TABLE "User" DROP COLUMN "bio";
ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";
DROP VIEW "Bylines";
DROP TABLE "Post";
