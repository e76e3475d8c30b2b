-- AlterTable
-- expect: invalid-cast-value
ALTER TABLE "User" ALTER COLUMN "zip" SET DATA TYPE VARCHAR(5);
