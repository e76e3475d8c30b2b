-- GIN index for a table that only exists on developers' machines
-- expect: missing-relation
CREATE INDEX "SocialPost_content_gin_idx" ON "SocialPost" USING GIN ("content");
