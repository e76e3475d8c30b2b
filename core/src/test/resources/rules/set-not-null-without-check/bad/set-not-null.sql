-- AlterTable
-- expect: set-not-null-without-check
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;
