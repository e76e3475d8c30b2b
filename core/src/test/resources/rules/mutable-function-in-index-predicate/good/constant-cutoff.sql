CREATE INDEX "BehaviorLog_recent_idx" ON "BehaviorLog"("userId", "timestamp")
    WHERE "timestamp" > '2025-01-01'::timestamp;

CREATE INDEX "BehaviorLog_seen_idx" ON "BehaviorLog"("userId") WHERE "seenAt" IS NOT NULL;

CREATE INDEX "BehaviorLog_email_idx" ON "BehaviorLog"(lower("email")) WHERE "payload" ? 'source';
