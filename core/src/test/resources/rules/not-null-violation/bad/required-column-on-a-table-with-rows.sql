-- AlterTable
-- expect: not-null-violation
ALTER TABLE "User" ADD COLUMN     "slug" TEXT NOT NULL;
