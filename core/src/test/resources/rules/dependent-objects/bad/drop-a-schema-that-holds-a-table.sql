CREATE SCHEMA "audit";
CREATE TABLE "audit"."Event" ("id" TEXT NOT NULL, "at" TIMESTAMP(3) NOT NULL);
-- expect: dependent-objects
DROP SCHEMA "audit";
