CREATE TABLE "Counter" ("id" TEXT NOT NULL, "n" INTEGER NOT NULL DEFAULT 0);
INSERT INTO "Counter" ("id") VALUES ('a');
UPDATE "Counter" SET "n" = 1;
DELETE FROM "Counter";
