-- Dub-style follow-ups

-- AlterTable
ALTER TABLE "Link" ADD COLUMN     "partnerId" TEXT,
ADD COLUMN     "testVariants" JSONB,
ADD COLUMN     "testStartedAt" TIMESTAMP(3),
ADD COLUMN     "testCompletedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Link_partnerId_idx" ON "Link"("partnerId");

-- The short link is derived from domain and key
UPDATE "Link" SET "shortLink" = 'https://' || "domain" || '/' || "key" WHERE "shortLink" IS NULL OR "shortLink" = '';

-- Trim trailing slashes
UPDATE "Link" SET "url" = regexp_replace("url", '/+$', '') WHERE "url" ~ '/+$';

-- Links older than their domain's expiry are archived
UPDATE "Link" l
SET "archived" = true
FROM "Domain" d
WHERE d."slug" = l."domain"
  AND d."archived" = true
  AND l."archived" = false;

-- Case-insensitive keys
CREATE INDEX "Link_domain_lower_key_idx" ON "Link" ("domain", lower("key"));

-- Tags: colors must be one of the palette
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_color_check" CHECK ("color" IN ('red', 'yellow', 'green', 'blue', 'purple', 'pink', 'brown')) NOT VALID;

-- Partners
CREATE TYPE "PartnerStatus" AS ENUM ('default', 'verified', 'featured', 'banned');
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "image" TEXT,
    "country" TEXT,
    "status" "PartnerStatus" NOT NULL DEFAULT 'default',
    "stripeConnectId" TEXT,
    "payoutsEnabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Partner_email_key" ON "Partner"("email");
CREATE UNIQUE INDEX "Partner_stripeConnectId_key" ON "Partner"("stripeConnectId");

CREATE TABLE "ProgramEnrollment" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "tenantId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "totalCommissions" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramEnrollment_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProgramEnrollment_partnerId_programId_key" ON "ProgramEnrollment"("partnerId", "programId");
CREATE UNIQUE INDEX "ProgramEnrollment_tenantId_programId_key" ON "ProgramEnrollment"("tenantId", "programId");
CREATE INDEX "ProgramEnrollment_programId_idx" ON "ProgramEnrollment"("programId");
ALTER TABLE "ProgramEnrollment" ADD CONSTRAINT "ProgramEnrollment_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProgramEnrollment" ADD CONSTRAINT "ProgramEnrollment_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Totals are recomputed from commissions
UPDATE "ProgramEnrollment" pe
SET "totalCommissions" = sub.total
FROM (
  SELECT "partnerId", "programId", SUM("earnings")::int AS total
  FROM "Commission"
  WHERE "status" IN ('pending', 'processed', 'paid')
  GROUP BY "partnerId", "programId"
) sub
WHERE sub."partnerId" = pe."partnerId" AND sub."programId" = pe."programId";

-- Commission earnings can never be negative unless refunded
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_earnings_check" CHECK ("earnings" >= 0 OR "status" = 'refunded');

-- Statistics
CREATE MATERIALIZED VIEW "LinkDailyClicks" AS
SELECT "projectId", date_trunc('day', "lastClicked") AS day, count(*) AS links, sum("clicks") AS clicks
FROM "Link"
WHERE "lastClicked" IS NOT NULL
GROUP BY 1, 2
WITH NO DATA;

CREATE UNIQUE INDEX "LinkDailyClicks_projectId_day_key" ON "LinkDailyClicks" ("projectId", "day");
REFRESH MATERIALIZED VIEW CONCURRENTLY "LinkDailyClicks";

CREATE OR REPLACE VIEW "ActiveLink" AS
  SELECT * FROM "Link" WHERE NOT "archived" AND ("expiresAt" IS NULL OR "expiresAt" > now());

DROP VIEW IF EXISTS "ActiveLink";
DROP MATERIALIZED VIEW IF EXISTS "LinkDailyClicks" CASCADE;

-- Sequence for invoice numbers
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq START WITH 1000 INCREMENT BY 1;
ALTER SEQUENCE invoice_number_seq RESTART WITH 5000;
ALTER TABLE "Invoice" ALTER COLUMN "number" SET DEFAULT 'INV-' || lpad(nextval('invoice_number_seq')::text, 6, '0');
ALTER TABLE "Invoice" ALTER COLUMN "number" DROP DEFAULT;
DROP SEQUENCE invoice_number_seq;

-- Domains: the placeholder is optional
ALTER TABLE "Domain" ALTER COLUMN "placeholder" DROP NOT NULL,
ALTER COLUMN "placeholder" SET DEFAULT 'https://example.com';

-- Drop the old usage columns
ALTER TABLE "Project" DROP COLUMN "usageLastChecked";
DROP INDEX IF EXISTS "Project_usageLastChecked_idx";

-- Customers: default the country
UPDATE "Customer" SET "country" = COALESCE("country", 'US');
ALTER TABLE "Customer" ALTER COLUMN "country" SET NOT NULL;

-- Payout amounts in cents
ALTER TABLE "Payout" ALTER COLUMN "amount" TYPE INTEGER USING round("amount")::integer;

-- Enable trigram search
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX CONCURRENTLY "Link_url_trgm_idx" ON "Link" USING gin (url gin_trgm_ops);
CREATE INDEX CONCURRENTLY "Customer_email_trgm_idx" ON "Customer" USING gist ("email" gist_trgm_ops);

-- Expired links
SELECT count(*) FROM "Link" WHERE "expiresAt" < now();

TRUNCATE TABLE "Session";
TRUNCATE "Account", "Session" RESTART IDENTITY CASCADE;
