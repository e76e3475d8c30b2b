-- AlterTable
-- expect: default-type-mismatch
ALTER TABLE "Account" ADD COLUMN     "seats" INTEGER NOT NULL DEFAULT true;
