-- CreateEnum
CREATE TYPE "DocumentVisibility_v2" AS ENUM ('EVERYONE', 'MANAGER_AND_ABOVE', 'ADMIN');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- Mark every document of a deleted user as deleted
UPDATE "Document"
SET "deletedAt" = NOW()
WHERE "userId" IN (SELECT "id" FROM "User" WHERE "disabled" = true);

-- AlterTable
ALTER TABLE "Recipient" ADD COLUMN     "documentDeletedAt" TIMESTAMP(3);

-- Backfill the recipients of deleted documents
UPDATE "Recipient" r
SET "documentDeletedAt" = d."deletedAt"
FROM "Document" d
WHERE r."documentId" = d."id"
  AND d."deletedAt" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Document_deletedAt_idx" ON "Document"("deletedAt") WHERE "deletedAt" IS NOT NULL;

-- The audit log is append only
CREATE OR REPLACE FUNCTION prevent_audit_log_changes()
RETURNS trigger
LANGUAGE plpgsql
AS $function$
BEGIN
  RAISE EXCEPTION 'DocumentAuditLog is append only';
END;
$function$;

CREATE TRIGGER audit_log_append_only
BEFORE UPDATE OR DELETE ON "DocumentAuditLog"
FOR EACH ROW EXECUTE FUNCTION prevent_audit_log_changes();

-- Templates get a direct link
CREATE TABLE "TemplateDirectLink" (
    "id" TEXT NOT NULL,
    "templateId" INTEGER NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "enabled" BOOLEAN NOT NULL,
    "directTemplateRecipientId" INTEGER NOT NULL,

    CONSTRAINT "TemplateDirectLink_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TemplateDirectLink_id_key" ON "TemplateDirectLink"("id");
CREATE UNIQUE INDEX "TemplateDirectLink_templateId_key" ON "TemplateDirectLink"("templateId");
ALTER TABLE "TemplateDirectLink" ADD CONSTRAINT "TemplateDirectLink_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Migrate the legacy signature column
INSERT INTO "Signature" ("recipientId", "fieldId", "signatureImageAsBase64", "created")
SELECT f."recipientId", f."id", f."customText", COALESCE(r."signedAt", CURRENT_TIMESTAMP)
FROM "Field" f
JOIN "Recipient" r ON r."id" = f."recipientId"
WHERE f."type" = 'SIGNATURE'
  AND f."inserted" = true
  AND NOT EXISTS (SELECT 1 FROM "Signature" s WHERE s."fieldId" = f."id");

UPDATE "Field" SET "customText" = '' WHERE "type" = 'SIGNATURE';

-- AlterTable
ALTER TABLE "Field" ALTER COLUMN "positionX" SET DEFAULT 0,
ALTER COLUMN "positionY" SET DEFAULT 0,
ALTER COLUMN "width" SET DEFAULT -1,
ALTER COLUMN "height" SET DEFAULT -1;

-- Normalise emails
UPDATE "User" SET "email" = lower(trim("email")) WHERE "email" <> lower(trim("email"));
UPDATE "Recipient" SET "email" = LOWER("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_lower_key" ON "User" (lower("email"));
CREATE INDEX "Recipient_email_trgm_idx" ON "Recipient" USING gin ("email" gin_trgm_ops);

-- Webhook calls
CREATE TYPE "WebhookCallStatus" AS ENUM ('SUCCESS', 'FAILED');
CREATE TYPE "WebhookTriggerEvents" AS ENUM ('DOCUMENT_CREATED', 'DOCUMENT_SENT', 'DOCUMENT_OPENED', 'DOCUMENT_SIGNED', 'DOCUMENT_COMPLETED', 'DOCUMENT_REJECTED');

CREATE TABLE "WebhookCall" (
    "id" TEXT NOT NULL,
    "status" "WebhookCallStatus" NOT NULL,
    "url" TEXT NOT NULL,
    "event" "WebhookTriggerEvents" NOT NULL,
    "requestBody" JSONB NOT NULL,
    "responseCode" INTEGER NOT NULL,
    "responseHeaders" JSONB,
    "responseBody" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "webhookId" TEXT NOT NULL,

    CONSTRAINT "WebhookCall_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "WebhookCall" ADD CONSTRAINT "WebhookCall_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Convert the text array into the enum array
ALTER TABLE "Webhook" ALTER COLUMN "eventTriggers" TYPE "WebhookTriggerEvents"[] USING "eventTriggers"::"WebhookTriggerEvents"[];

-- Drop the legacy column
ALTER TABLE "User" DROP COLUMN IF EXISTS "signature";
ALTER TABLE "User" DROP COLUMN "source" CASCADE;

-- Counter resets
UPDATE "Passkey" SET "counter" = 0 WHERE "counter" < 0;

-- Sessions expire after thirty days of inactivity
DELETE FROM "Session" WHERE "expiresAt" < CURRENT_TIMESTAMP - INTERVAL '30 days';

-- Team settings
CREATE TABLE "TeamGlobalSettings" (
    "teamId" INTEGER NOT NULL,
    "documentVisibility" "DocumentVisibility" NOT NULL DEFAULT 'EVERYONE',
    "documentLanguage" TEXT NOT NULL DEFAULT 'en',
    "includeSenderDetails" BOOLEAN NOT NULL DEFAULT true,
    "typedSignatureEnabled" BOOLEAN NOT NULL DEFAULT true,
    "brandingEnabled" BOOLEAN NOT NULL DEFAULT false,
    "brandingLogo" TEXT NOT NULL DEFAULT '',
    "brandingUrl" TEXT NOT NULL DEFAULT '',
    "brandingCompanyDetails" TEXT NOT NULL DEFAULT '',
    "brandingHidePoweredBy" BOOLEAN NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX "TeamGlobalSettings_teamId_key" ON "TeamGlobalSettings"("teamId");
ALTER TABLE "TeamGlobalSettings" ADD CONSTRAINT "TeamGlobalSettings_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "TeamGlobalSettings" ("teamId")
SELECT t."id" FROM "Team" t
LEFT JOIN "TeamGlobalSettings" s ON s."teamId" = t."id"
WHERE s."teamId" IS NULL;

-- Document meta gets an explicit language, with a fallback
UPDATE "DocumentMeta" SET "language" = 'en' WHERE "language" IS NULL OR "language" = '';

-- A readable message in the audit data
UPDATE "DocumentAuditLog"
SET "data" = jsonb_set("data", '{message}', to_jsonb('Imported'::text), true)
WHERE "type" = 'DOCUMENT_CREATED' AND NOT ("data" ? 'message');

-- Queries on the JSON payload
SELECT "id" FROM "DocumentAuditLog" WHERE "data" @> '{"type": "EMAIL"}' AND "data"->>'email' ILIKE '%@example.com' LIMIT 10;

-- Soft-deleted documents keep their recipients
ALTER TABLE "Recipient" DROP CONSTRAINT "Recipient_documentId_fkey";
ALTER TABLE "Recipient" ADD CONSTRAINT "Recipient_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rename the enum value
ALTER TYPE "DocumentStatus" RENAME VALUE 'PENDING' TO 'SENT';
ALTER TYPE "DocumentStatus" RENAME VALUE 'SENT' TO 'PENDING';

DROP TYPE "DocumentVisibility_v2";
