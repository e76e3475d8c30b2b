DROP VIEW IF EXISTS "PublishedPost";

-- AlterTable
ALTER TABLE "Post" DROP COLUMN "content";

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "body" JSONB NOT NULL DEFAULT '{}';

-- DropEnum is guarded: older databases never had it.
DROP TYPE IF EXISTS "LegacyVisibility";

-- DropTable
DROP TABLE "_CategoryToPost";

-- CreateTable
CREATE TABLE "_PostToTopic" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PostToTopic_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_PostToTopic_B_index" ON "_PostToTopic"("B");

-- AddForeignKey
ALTER TABLE "_PostToTopic" ADD CONSTRAINT "_PostToTopic_A_fkey" FOREIGN KEY ("A") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PostToTopic" ADD CONSTRAINT "_PostToTopic_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
