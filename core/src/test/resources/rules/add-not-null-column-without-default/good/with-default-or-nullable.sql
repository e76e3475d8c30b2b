-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "slug" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Post" ADD COLUMN     "summary" TEXT;
