-- expect: mutable-function-in-index-expression
CREATE INDEX "BehaviorLog_seen_day_idx" ON "BehaviorLog"(("seenAt"::date));
