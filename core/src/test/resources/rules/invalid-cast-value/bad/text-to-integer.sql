-- expect: invalid-cast-value
ALTER TABLE "User" ALTER COLUMN "legacyCode" SET DATA TYPE INTEGER USING "legacyCode"::integer;
