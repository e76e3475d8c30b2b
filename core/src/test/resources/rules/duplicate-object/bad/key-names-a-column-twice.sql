-- CreateTable
-- expect: duplicate-object
CREATE TABLE "Tagging" (
    "postId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,
    CONSTRAINT "Tagging_pkey" PRIMARY KEY ("postId", "postId")
);
