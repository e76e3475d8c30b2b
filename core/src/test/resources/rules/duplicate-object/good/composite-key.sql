CREATE TABLE "Tagging" (
    "postId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,
    CONSTRAINT "Tagging_pkey" PRIMARY KEY ("postId", "tagId")
);
CREATE INDEX "Tagging_twice_idx" ON "Tagging" ("tagId", "tagId");
