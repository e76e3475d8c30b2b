-- Partial indexes for the dashboard's hot paths

-- Only recent behaviour is queried by the dashboard
CREATE INDEX "BehaviorLog_recent_idx" ON "BehaviorLog"("userId", "timestamp")
    WHERE "timestamp" > NOW() - INTERVAL '30 days';

-- Published courses only
CREATE INDEX "Course_published_createdAt_idx" ON "Course"("createdAt") WHERE "published" = true;
