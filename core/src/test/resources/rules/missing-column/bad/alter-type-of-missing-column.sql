-- expect: missing-column
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(200);
