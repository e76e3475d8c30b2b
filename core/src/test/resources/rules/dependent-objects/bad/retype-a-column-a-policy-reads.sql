-- expect: dependent-objects
ALTER TABLE "Document" ALTER COLUMN "orgId" SET DATA TYPE VARCHAR(64);
