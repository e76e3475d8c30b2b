-- AlterTable
-- expect: column-type-rewrite
ALTER TABLE "User" ALTER COLUMN "legacyCode" SET DATA TYPE BIGINT;
