DROP POLICY "document_owner" ON "Document";
ALTER TABLE "Document" DROP COLUMN "ownerId";
CREATE POLICY "document_owner" ON "Document" USING ("orgId" = current_setting('app.org_id'));
