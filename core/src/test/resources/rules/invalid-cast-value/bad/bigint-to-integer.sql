-- expect: invalid-cast-value
ALTER TABLE "User" ALTER COLUMN "visits" SET DATA TYPE INTEGER;
