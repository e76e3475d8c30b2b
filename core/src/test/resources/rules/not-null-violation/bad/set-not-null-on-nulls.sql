-- AlterTable
-- expect: not-null-violation
ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;
