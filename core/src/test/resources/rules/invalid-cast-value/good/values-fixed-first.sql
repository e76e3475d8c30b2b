UPDATE "User" SET "legacyCode" = NULL WHERE "legacyCode" !~ '^[0-9]+$';
ALTER TABLE "User" ALTER COLUMN "legacyCode" SET DATA TYPE INTEGER USING "legacyCode"::integer;
