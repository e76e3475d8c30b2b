-- AlterTable
ALTER TABLE "Profile" RENAME COLUMN "bio" TO "about";

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "avatarUrl" TEXT,
ADD COLUMN     "website" VARCHAR(255);

-- RenameIndex
ALTER INDEX "Post_authorId_idx" RENAME TO "Post_author_idx";
