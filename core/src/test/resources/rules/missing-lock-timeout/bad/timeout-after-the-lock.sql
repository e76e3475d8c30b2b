-- expect: missing-lock-timeout
CREATE INDEX "User_name_idx" ON "User"("name");
SET lock_timeout = '5s';
