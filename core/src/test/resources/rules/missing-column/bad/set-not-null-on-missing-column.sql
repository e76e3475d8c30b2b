-- expect: missing-column
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;
