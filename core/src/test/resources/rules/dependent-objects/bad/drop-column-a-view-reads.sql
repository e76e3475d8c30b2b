-- AlterTable
-- expect: dependent-objects
ALTER TABLE "User" DROP COLUMN "email";
