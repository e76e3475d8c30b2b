-- expect: primary-key-conflict
ALTER TABLE "User" ALTER COLUMN "id" DROP NOT NULL;
