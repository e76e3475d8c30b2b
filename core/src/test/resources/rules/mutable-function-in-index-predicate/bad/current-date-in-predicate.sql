-- expect: mutable-function-in-index-predicate
CREATE INDEX "BehaviorLog_today_idx" ON "BehaviorLog"("userId") WHERE "seenAt" >= CURRENT_DATE;
