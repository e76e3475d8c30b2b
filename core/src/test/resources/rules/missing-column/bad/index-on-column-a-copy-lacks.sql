CREATE TABLE "UserCopy" (LIKE "User");
-- expect: missing-column
CREATE INDEX ON "UserCopy"("nickname");
