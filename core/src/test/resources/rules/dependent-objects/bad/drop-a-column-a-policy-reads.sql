-- expect: dependent-objects
ALTER TABLE "Document" DROP COLUMN "ownerId";
