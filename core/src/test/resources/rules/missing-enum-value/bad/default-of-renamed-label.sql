ALTER TYPE "Role" RENAME VALUE 'USER' TO 'MEMBER';
-- expect: missing-enum-value
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER'::"Role";
