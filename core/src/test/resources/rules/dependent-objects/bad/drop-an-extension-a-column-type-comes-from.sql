CREATE EXTENSION IF NOT EXISTS "citext";
ALTER TABLE "User" ADD COLUMN "handle" CITEXT;
-- expect: dependent-objects
DROP EXTENSION "citext";
