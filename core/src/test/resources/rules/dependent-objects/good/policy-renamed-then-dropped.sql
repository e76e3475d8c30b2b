ALTER POLICY "document_org" ON "Document" RENAME TO "document_members";
DROP POLICY "document_members" ON "Document";
ALTER TABLE "Document" ALTER COLUMN "orgId" SET DATA TYPE VARCHAR(64);
DROP TABLE "Membership";
