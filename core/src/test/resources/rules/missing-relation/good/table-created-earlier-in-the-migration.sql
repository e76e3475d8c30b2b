-- CreateTable
CREATE TABLE "SocialPost" (
    "id" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    CONSTRAINT "SocialPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SocialPost_content_gin_idx" ON "SocialPost" USING GIN ("content");

CREATE INDEX "User_metadata_gin_idx" ON "User" USING GIN ("metadata");
