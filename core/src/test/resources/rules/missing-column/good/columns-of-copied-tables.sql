-- LIKE copies the source's columns where it stands; a table made from a query has columns the model cannot list.
CREATE TABLE "UserCopy" (LIKE "User", "nickname" TEXT, PRIMARY KEY ("id"));
CREATE INDEX ON "UserCopy"("email", "nickname");
CREATE TABLE "PostTitles" AS SELECT "id", "title" FROM "Post";
ALTER TABLE "PostTitles" ADD COLUMN "slug" TEXT;
CREATE INDEX ON "PostTitles"("title");
SELECT "id", "email" INTO "Mailing" FROM "User";
ALTER TABLE "Mailing" ADD COLUMN "sent" BOOLEAN;
CREATE INDEX ON "Mailing"("email");
