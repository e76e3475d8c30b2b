-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "website";

-- DropIndex
DROP INDEX "Post_title_trgm_idx";

-- CreateIndex
CREATE INDEX "Post_title_trgm_idx" ON "Post" USING GIN (lower("title") gin_trgm_ops);
