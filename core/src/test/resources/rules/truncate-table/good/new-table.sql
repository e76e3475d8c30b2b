CREATE TABLE "Staging" ("id" TEXT NOT NULL);
INSERT INTO "Staging" ("id") VALUES ('a');
TRUNCATE "Staging";
