CREATE TABLE "Draft" ("id" TEXT NOT NULL, "body" TEXT);
ALTER TABLE "Draft" RENAME COLUMN "body" TO "content";
ALTER TABLE "Draft" RENAME TO "PostDraft";
