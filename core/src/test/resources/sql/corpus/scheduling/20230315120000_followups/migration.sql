-- AlterEnum
ALTER TYPE "BookingStatus" ADD VALUE 'awaiting_payment';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WorkflowActions" ADD VALUE 'WHATSAPP_NUMBER';
ALTER TYPE "WorkflowActions" ADD VALUE 'CALL_ATTENDEE';

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "noShowHost" BOOLEAN DEFAULT false,
ADD COLUMN     "cancelledBy" TEXT,
ADD COLUMN     "rescheduledBy" TEXT;

-- AlterTable
ALTER TABLE "EventType" ALTER COLUMN "bookingFields" SET DEFAULT '[]'::jsonb,
ALTER COLUMN "slotInterval" DROP NOT NULL;

-- RenameIndex
ALTER INDEX "Booking_uid_key" RENAME TO "Booking_uid_unique";

-- RenameIndex
ALTER INDEX IF EXISTS "EventType_userId_slug_key" RENAME TO "EventType_owner_slug_key";

-- DropIndex
DROP INDEX "Attendee_email_idx";

-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "Booking_startTime_endTime_status_idx";

-- CreateIndex
CREATE INDEX CONCURRENTLY "Booking_startTime_endTime_status_idx" ON "Booking"("startTime", "endTime", "status");

-- CreateIndex
CREATE INDEX "Booking_userId_status_startTime_idx" ON "Booking"("userId", "status", "startTime" DESC);

-- Backfill
UPDATE "Booking" SET "noShowHost" = false WHERE "noShowHost" IS NULL;

-- Backfill with a join
UPDATE "Attendee" a
SET "locale" = u."locale"
FROM "Booking" b
JOIN "User" u ON u."id" = b."userId"
WHERE a."bookingId" = b."id" AND a."locale" IS NULL;

-- Data fix: copy memberships into the new table
INSERT INTO "Membership" ("teamId", "userId", "accepted", "role", "disableImpersonation")
SELECT t."id", u."id", true, 'OWNER', false
FROM "Team" t
JOIN "User" u ON u."email" = t."slug" || '@example.com'
ON CONFLICT ("userId", "teamId") DO NOTHING;

DELETE FROM "VerificationToken" WHERE "expires" < now() - interval '30 days';

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "metadata" SET DATA TYPE JSONB USING "metadata"::jsonb;

-- AlterTable
ALTER TABLE "Credential" ALTER COLUMN "key" TYPE JSONB USING to_jsonb("key");

-- AlterTable
ALTER TABLE "Payment" ALTER COLUMN "amount" SET DATA TYPE BIGINT;

-- CreateFunction
CREATE OR REPLACE FUNCTION "set_updated_at"() RETURNS TRIGGER AS $$
BEGIN
  NEW."updatedAt" = now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- CreateTrigger
CREATE TRIGGER "Booking_set_updated_at" BEFORE UPDATE ON "Booking"
FOR EACH ROW EXECUTE FUNCTION "set_updated_at"();

DROP TRIGGER IF EXISTS "Booking_set_updated_at" ON "Booking";

CREATE TRIGGER "Booking_set_updated_at"
  BEFORE UPDATE OF "status", "startTime" ON "Booking"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE PROCEDURE "set_updated_at"();

-- Enum recreation done by Prisma when a value is removed
BEGIN;
CREATE TYPE "UserPlan_new" AS ENUM ('FREE', 'PRO');
ALTER TABLE "User" ALTER COLUMN "plan" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "plan" TYPE "UserPlan_new" USING ("plan"::text::"UserPlan_new");
ALTER TYPE "UserPlan" RENAME TO "UserPlan_old";
ALTER TYPE "UserPlan_new" RENAME TO "UserPlan";
DROP TYPE "UserPlan_old";
ALTER TABLE "User" ALTER COLUMN "plan" SET DEFAULT 'FREE';
COMMIT;

-- DropForeignKey
ALTER TABLE "Credential" DROP CONSTRAINT "Credential_appId_fkey";

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_appId_fkey" FOREIGN KEY ("appId") REFERENCES "App"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- RenameColumn
ALTER TABLE "EventType" RENAME COLUMN "length" TO "duration";

-- RenameTable
ALTER TABLE "SelectedCalendar" RENAME TO "SelectedCalendars";
ALTER TABLE "SelectedCalendars" RENAME TO "SelectedCalendar";

-- RenameConstraint
ALTER TABLE "SelectedCalendar" RENAME CONSTRAINT "SelectedCalendar_pkey" TO "SelectedCalendar_userId_integration_externalId_pkey";

-- CreateTable
CREATE TABLE "OutOfOfficeEntry" (
    "id" SERIAL NOT NULL,
    "uuid" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "end" TIMESTAMP(3) NOT NULL,
    "userId" INTEGER NOT NULL,
    "toUserId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutOfOfficeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutOfOfficeEntry_uuid_key" ON "OutOfOfficeEntry"("uuid");
CREATE INDEX "OutOfOfficeEntry_uuid_idx" ON "OutOfOfficeEntry"("uuid");
CREATE INDEX "OutOfOfficeEntry_userId_idx" ON "OutOfOfficeEntry"("userId");
CREATE INDEX "OutOfOfficeEntry_start_end_idx" ON "OutOfOfficeEntry"("start", "end");

-- AddForeignKey
ALTER TABLE "OutOfOfficeEntry" ADD CONSTRAINT "OutOfOfficeEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OutOfOfficeEntry" ADD CONSTRAINT "OutOfOfficeEntry_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Partial unique index maintained by hand (not expressible in schema.prisma)
CREATE UNIQUE INDEX "Workflow_userId_name_active_key" ON "Workflow" ("userId", lower("name")) WHERE "userId" IS NOT NULL;

-- Hand-written check constraint
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_time_order_check" CHECK ("endTime" > "startTime") NOT VALID;
ALTER TABLE "Booking" VALIDATE CONSTRAINT "Booking_time_order_check";

COMMENT ON COLUMN "Booking"."responses" IS E'Form answers keyed by field name.\nSee bookingFields on the event type.';
COMMENT ON TABLE "Booking" IS 'One booked slot';
COMMENT ON INDEX "Booking_userId_status_startTime_idx" IS 'Upcoming bookings list';
COMMENT ON TYPE "BookingStatus" IS 'Life cycle of a booking';

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'CreationSource') THEN
    CREATE TYPE "CreationSource" AS ENUM ('api_v1', 'api_v2', 'webapp');
  END IF;
END$$;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "creationSource" "CreationSource";
ALTER TABLE "Team" ADD COLUMN     "createdByOAuthClientId" TEXT, ADD COLUMN "isPrivate" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Availability" ALTER COLUMN "startTime" SET DATA TYPE TIME(6), ALTER COLUMN "endTime" SET DATA TYPE TIME(6);

-- Set the lock timeout for the remaining statements
SET lock_timeout = '5s';
SET statement_timeout TO 0;
SET LOCAL search_path TO public, extensions;
RESET lock_timeout;

LOCK TABLE "Booking" IN SHARE ROW EXCLUSIVE MODE;
LOCK "Attendee";

ALTER TABLE "Attendee" ALTER COLUMN "noShow" SET DEFAULT false;
ALTER TABLE "Attendee" ALTER COLUMN "noShow" SET NOT NULL;
ALTER TABLE "Attendee" ALTER COLUMN "noShow" DROP DEFAULT;

-- DropTable
DROP TABLE "ResetPasswordRequest";

-- DropEnum
DROP TYPE "TimeUnit";
DROP TYPE IF EXISTS "FeatureType" CASCADE;
