-- expect: missing-enum-value
ALTER TABLE "User" ADD COLUMN "status" "Status" NOT NULL DEFAULT 'ACTIVE';
