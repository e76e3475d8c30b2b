-- Only recent behaviour is queried by the dashboard
-- expect: mutable-function-in-index-predicate
CREATE INDEX "BehaviorLog_recent_idx" ON "BehaviorLog"("userId", "timestamp")
    WHERE "timestamp" > NOW() - INTERVAL '30 days';
