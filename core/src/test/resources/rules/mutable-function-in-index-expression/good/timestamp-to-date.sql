CREATE INDEX "BehaviorLog_day_idx" ON "BehaviorLog"(("timestamp"::date));

CREATE INDEX "BehaviorLog_seen_utc_day_idx" ON "BehaviorLog"((("seenAt" AT TIME ZONE 'UTC')::date));

CREATE INDEX "BehaviorLog_email_lower_idx" ON "BehaviorLog"(lower("email"));
