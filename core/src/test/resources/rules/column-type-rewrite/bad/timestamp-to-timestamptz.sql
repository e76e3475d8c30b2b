-- rewrites unless the session TimeZone is UTC: reported as information on PostgreSQL 12 and later
-- expect: column-type-rewrite
ALTER TABLE "User" ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3);
