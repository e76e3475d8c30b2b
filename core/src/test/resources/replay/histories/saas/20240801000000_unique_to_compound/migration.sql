-- DropIndex
DROP INDEX "Post_slug_key";

-- CreateIndex
CREATE UNIQUE INDEX "Post_authorId_slug_key" ON "Post"("authorId", "slug");

-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "body" SET DATA TYPE VARCHAR(4000),
ALTER COLUMN "parentId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "viewCount" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "status" SET DEFAULT 'PUBLISHED';
