-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'ADMIN';

-- AlterTable
-- expect: new-enum-value-used-in-transaction
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'ADMIN';
