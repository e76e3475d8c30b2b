ALTER TABLE "Document" DROP COLUMN "ownerId" CASCADE;
DROP TABLE "Membership" CASCADE;
-- Both policies are gone with CASCADE: the org column is free to change.
ALTER TABLE "Document" ALTER COLUMN "orgId" SET DATA TYPE VARCHAR(64);
