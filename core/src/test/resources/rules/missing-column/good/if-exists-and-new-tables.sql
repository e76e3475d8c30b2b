ALTER TABLE "Post" DROP COLUMN IF EXISTS "body";
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "parentId" TEXT,
    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Comment_lower_idx" ON "Comment"(lower("id"));
ALTER TABLE "Post" ADD COLUMN "rank" INTEGER, ALTER COLUMN "rank" SET NOT NULL, ALTER COLUMN "rank" SET DEFAULT 0;
