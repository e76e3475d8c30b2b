-- AlterTable
-- expect: missing-lock-timeout
ALTER TABLE "User" ADD COLUMN "nickname" TEXT;
-- reported once per migration
ALTER TABLE "Post" ADD COLUMN "subtitle" TEXT;
