-- Semantic search over lessons (pgvector)
-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "embedding" vector(1536);

-- GIN indexes for JSONB lookups
CREATE INDEX "User_metadata_gin_idx" ON "User" USING GIN ("metadata");

CREATE INDEX "BehaviorLog_payload_gin_idx" ON "BehaviorLog" USING GIN ("payload");

CREATE INDEX "SocialPost_content_gin_idx" ON "SocialPost" USING GIN ("content");
