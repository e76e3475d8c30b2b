ALTER POLICY "document_owner" ON "Document" USING ("orgId" = current_setting('app.org_id'));
ALTER TABLE "Document" DROP COLUMN "ownerId";
