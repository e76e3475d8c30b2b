-- CreateEnum
CREATE TYPE "Status" AS ENUM ('DRAFT');
ALTER TYPE "Status" ADD VALUE 'PUBLISHED';

-- AlterTable
-- expect: new-enum-value-used-in-transaction
ALTER TABLE "Post" ADD COLUMN "status" "Status" NOT NULL DEFAULT 'PUBLISHED';
