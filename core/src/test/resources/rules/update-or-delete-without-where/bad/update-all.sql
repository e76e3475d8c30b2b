ALTER TABLE "User" ADD COLUMN "active" BOOLEAN;
-- expect: update-or-delete-without-where
UPDATE "User" SET "active" = true;
