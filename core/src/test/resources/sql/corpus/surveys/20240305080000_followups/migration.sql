-- Rename environments' product to project, in place
ALTER TABLE "Environment" RENAME COLUMN "projectId" TO "productId";
ALTER TABLE "Environment" RENAME COLUMN "productId" TO "projectId";

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "followUps" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "recaptcha" JSONB DEFAULT '{"enabled": false, "threshold":0.1}';

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "endingId" TEXT;

-- Data migration: move the thank you card into the endings array
UPDATE "Survey"
SET "endings" = jsonb_build_array("thankYouCard" || jsonb_build_object('id', md5(random()::text), 'type', 'endScreen'))
WHERE "thankYouCard" IS NOT NULL
  AND ("thankYouCard"->>'enabled')::boolean = true;

UPDATE "Survey" SET "thankYouCard" = NULL;

-- Responses of finished surveys get their ending
UPDATE "Response" r
SET "endingId" = s."endings"->0->>'id'
FROM "Survey" s
WHERE r."surveyId" = s."id"
  AND r."finished" = true
  AND jsonb_array_length(s."endings") > 0;

-- CreateIndex
CREATE INDEX "Response_data_idx" ON "Response" USING GIN ("data" jsonb_path_ops);
CREATE INDEX "Response_meta_country_idx" ON "Response" (("meta"->'userAgent'->>'country'));
CREATE INDEX "Response_finished_createdAt_idx" ON "Response" ("surveyId", "createdAt" DESC) WHERE finished;

-- Contacts replaced people
ALTER TABLE "ContactAttribute" DROP CONSTRAINT IF EXISTS "ContactAttribute_contactId_fkey";
ALTER TABLE "ContactAttribute" ADD CONSTRAINT "ContactAttribute_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Move attribute keys into the new table
INSERT INTO "ContactAttributeKey" ("id", "createdAt", "updatedAt", "isUnique", "key", "name", "type", "environmentId")
SELECT gen_random_uuid()::text, now(), now(), false, a."key", a."key", 'custom', c."environmentId"
FROM (SELECT DISTINCT "key", "contactId" FROM "ContactAttribute") a
JOIN "Contact" c ON c."id" = a."contactId"
ON CONFLICT ("key", "environmentId") DO NOTHING;

-- Survey languages
CREATE TABLE "SurveyLanguage" (
    "languageId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "default" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SurveyLanguage_pkey" PRIMARY KEY ("languageId","surveyId")
);
CREATE INDEX "SurveyLanguage_surveyId_idx" ON "SurveyLanguage"("surveyId");
CREATE INDEX "SurveyLanguage_languageId_idx" ON "SurveyLanguage"("languageId");
ALTER TABLE "SurveyLanguage" ADD CONSTRAINT "SurveyLanguage_languageId_fkey" FOREIGN KEY ("languageId") REFERENCES "Language"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyLanguage" ADD CONSTRAINT "SurveyLanguage_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Questions with headlines as i18n objects
UPDATE "Survey"
SET "questions" = (
  SELECT jsonb_agg(
    CASE
      WHEN jsonb_typeof(q->'headline') = 'string' THEN jsonb_set(q, '{headline}', jsonb_build_object('default', q->'headline'))
      ELSE q
    END
  )
  FROM jsonb_array_elements("questions") AS q
)
WHERE jsonb_array_length("questions") > 0;

-- Drop obsolete enum and column
ALTER TABLE "Survey" DROP COLUMN "thankYouCard";
ALTER TYPE "SurveyType" RENAME TO "SurveyType_old";
CREATE TYPE "SurveyType" AS ENUM ('link', 'app', 'website');
ALTER TABLE "Survey" ALTER COLUMN "type" DROP DEFAULT;
ALTER TABLE "Survey" ALTER COLUMN "type" TYPE "SurveyType" USING (CASE WHEN "type"::text = 'web' THEN 'app' ELSE "type"::text END)::"SurveyType";
ALTER TABLE "Survey" ALTER COLUMN "type" SET DEFAULT 'app';
DROP TYPE "SurveyType_old";

-- AlterEnum
ALTER TYPE "ActionType" ADD VALUE IF NOT EXISTS 'pageView' AFTER 'noCode';

-- Display percentages are between 0.01 and 100
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_displayPercentage_range" CHECK ("displayPercentage" IS NULL OR ("displayPercentage" >= 0.01 AND "displayPercentage" <= 100));

-- Segments per environment
DELETE FROM "Segment" s USING "Environment" e WHERE s."environmentId" = e."id" AND e."type" = 'development' AND s."isPrivate";

-- Hash the API keys
CREATE EXTENSION IF NOT EXISTS pgcrypto;
UPDATE "ApiKey" SET "hashedKey" = encode(digest("hashedKey", 'sha256'), 'hex') WHERE length("hashedKey") <> 64;

-- Organization billing defaults
UPDATE "Organization"
SET "billing" = '{"plan": "free", "limits": {"monthly": {"responses": 1500, "miu": 2000}}, "stripeCustomerId": null, "periodStart": null}'
WHERE "billing" = '{}'::jsonb;

ALTER TABLE "Organization" ALTER COLUMN "billing" SET DEFAULT '{"plan": "free"}';

-- Tags are unique per environment, case-insensitively
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Tag_environmentId_lower_name_key" ON "Tag" ("environmentId", lower("name"));

-- Responses per contact and survey
CREATE INDEX "Response_contactId_surveyId_idx" ON "Response"("contactId", "surveyId") INCLUDE ("finished");

-- Notes
COMMENT ON COLUMN "Response"."ttc" IS 'time to complete per question, in milliseconds';
