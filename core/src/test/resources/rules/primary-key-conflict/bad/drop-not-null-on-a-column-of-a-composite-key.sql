-- expect: primary-key-conflict
ALTER TABLE "Membership" ALTER COLUMN "role" DROP NOT NULL, ALTER COLUMN "teamId" DROP NOT NULL;
