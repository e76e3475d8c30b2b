CREATE EXTENSION IF NOT EXISTS "citext";
ALTER TABLE "User" ADD COLUMN "handle" CITEXT;
ALTER TABLE "User" DROP COLUMN "handle";
DROP EXTENSION "citext";

-- CASCADE drops the column, so it can be added again with another type.
CREATE EXTENSION "citext";
ALTER TABLE "User" ADD COLUMN "handle" CITEXT;
CREATE INDEX "User_handle_idx" ON "User"("handle");
DROP EXTENSION "citext" CASCADE;
ALTER TABLE "User" ADD COLUMN "handle" TEXT;
CREATE INDEX "User_handle_idx" ON "User"("handle");
