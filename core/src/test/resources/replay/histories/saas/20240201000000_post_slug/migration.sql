-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "slug" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- Backfill
UPDATE "Post" SET "slug" = lower(replace("title", ' ', '-')) || '-' || "id" WHERE "slug" IS NULL;

-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "slug" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");
