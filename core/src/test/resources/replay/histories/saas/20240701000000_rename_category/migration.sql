-- Prisma renames the table and the objects named after it.
ALTER TABLE "Category" RENAME TO "Topic";

-- RenamePrimaryKey
ALTER TABLE "Topic" RENAME CONSTRAINT "Category_pkey" TO "Topic_pkey";

-- RenameSequence
ALTER SEQUENCE "Category_id_seq" RENAME TO "Topic_id_seq";

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "slug" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_name_key" ON "Topic"("name");
