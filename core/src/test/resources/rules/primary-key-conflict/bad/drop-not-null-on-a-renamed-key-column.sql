ALTER TABLE "User" RENAME COLUMN "id" TO "uid";
-- expect: primary-key-conflict
ALTER TABLE "User" ALTER COLUMN "uid" DROP NOT NULL;
