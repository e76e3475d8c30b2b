-- A table of the view's name in another schema, and a view replaced by a table: each statement finds the kind it names.
CREATE SCHEMA "archive";
CREATE TABLE "archive"."ActiveUser" ("id" TEXT NOT NULL);
ALTER TABLE "archive"."ActiveUser" ADD COLUMN "email" TEXT;
DROP TABLE "archive"."ActiveUser";
DROP VIEW "ActiveUser";
CREATE TABLE "ActiveUser" ("id" TEXT NOT NULL, "email" TEXT NOT NULL);
ALTER TABLE "ActiveUser" ADD CONSTRAINT "ActiveUser_pkey" PRIMARY KEY ("id");
CREATE INDEX "ActiveUser_email_idx" ON "ActiveUser"("email");
DROP TABLE "ActiveUser";
