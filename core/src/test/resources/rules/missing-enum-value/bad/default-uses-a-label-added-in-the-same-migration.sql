ALTER TYPE "Role" ADD VALUE 'MEMBER';
-- expect: missing-enum-value
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'MEMBER';
