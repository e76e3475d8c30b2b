CREATE TABLE "Scratch" ("id" TEXT NOT NULL, "tmp" TEXT);
ALTER TABLE "Scratch" DROP COLUMN "tmp";
DROP TABLE "Scratch";
DROP TABLE IF EXISTS "NeverExisted";
