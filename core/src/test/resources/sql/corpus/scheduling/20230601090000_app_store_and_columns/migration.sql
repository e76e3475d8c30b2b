-- Seed the app store
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('google-calendar', 'googlecalendar', ARRAY['calendar']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('zoom', 'zoomvideo', ARRAY['video']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('daily-video', 'dailyvideo', ARRAY['video']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('stripe', 'stripepayment', ARRAY['payment']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('zapier', 'zapier', ARRAY['automation']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('slack', 'slackmessaging', ARRAY['messaging']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('hubspot', 'hubspot', ARRAY['crm']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('salesforce', 'salesforce', ARRAY['crm']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('office365-calendar', 'office365calendar', ARRAY['calendar']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('apple-calendar', 'applecalendar', ARRAY['calendar']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('caldav-calendar', 'caldavcalendar', ARRAY['calendar']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('webex', 'webex', ARRAY['video']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('tandem', 'tandemvideo', ARRAY['video']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('whereby', 'whereby', ARRAY['video']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('around', 'around', ARRAY['video']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('riverside', 'riverside', ARRAY['video']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('giphy', 'giphy', ARRAY['other']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('wipe-my-cal', 'wipemycalother', ARRAY['other']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('n8n', 'n8n', ARRAY['automation']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('make', 'make', ARRAY['automation']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('paypal', 'paypal', ARRAY['payment']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('alby', 'alby', ARRAY['payment']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('closecom', 'closecom', ARRAY['crm']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('pipedrive', 'pipedrive-crm', ARRAY['crm']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('plausible', 'plausible', ARRAY['analytics']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('ga4', 'ga4', ARRAY['analytics']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('gtm', 'gtm', ARRAY['analytics']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('fathom', 'fathom', ARRAY['analytics']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('posthog', 'posthog', ARRAY['analytics']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();
INSERT INTO "App" ("slug", "dirName", "categories", "createdAt", "updatedAt", "enabled") VALUES ('matomo', 'matomo', ARRAY['analytics']::text[], NOW(), NOW(), true) ON CONFLICT ("slug") DO UPDATE SET "dirName" = EXCLUDED."dirName", "updatedAt" = NOW();

-- Connect credentials to their apps
UPDATE "Credential" SET "appId" = 'google-calendar' WHERE "type" = 'googlecalendar_calendar';
UPDATE "Credential" SET "appId" = 'zoom' WHERE "type" = 'zoomvideo_video';
UPDATE "Credential" SET "appId" = 'daily-video' WHERE "type" = 'dailyvideo_video';
UPDATE "Credential" SET "appId" = 'stripe' WHERE "type" = 'stripepayment_payment';
UPDATE "Credential" SET "appId" = 'zapier' WHERE "type" = 'zapier_automation';
UPDATE "Credential" SET "appId" = 'slack' WHERE "type" = 'slackmessaging_messaging';
UPDATE "Credential" SET "appId" = 'hubspot' WHERE "type" = 'hubspot_crm';
UPDATE "Credential" SET "appId" = 'salesforce' WHERE "type" = 'salesforce_crm';
UPDATE "Credential" SET "appId" = 'office365-calendar' WHERE "type" = 'office365calendar_calendar';
UPDATE "Credential" SET "appId" = 'apple-calendar' WHERE "type" = 'applecalendar_calendar';
UPDATE "Credential" SET "appId" = 'caldav-calendar' WHERE "type" = 'caldavcalendar_calendar';
UPDATE "Credential" SET "appId" = 'webex' WHERE "type" = 'webex_video';
UPDATE "Credential" SET "appId" = 'tandem' WHERE "type" = 'tandemvideo_video';
UPDATE "Credential" SET "appId" = 'whereby' WHERE "type" = 'whereby_video';
UPDATE "Credential" SET "appId" = 'around' WHERE "type" = 'around_video';
UPDATE "Credential" SET "appId" = 'riverside' WHERE "type" = 'riverside_video';
UPDATE "Credential" SET "appId" = 'giphy' WHERE "type" = 'giphy_other';
UPDATE "Credential" SET "appId" = 'wipe-my-cal' WHERE "type" = 'wipemycalother_other';
UPDATE "Credential" SET "appId" = 'n8n' WHERE "type" = 'n8n_automation';
UPDATE "Credential" SET "appId" = 'make' WHERE "type" = 'make_automation';
UPDATE "Credential" SET "appId" = 'paypal' WHERE "type" = 'paypal_payment';
UPDATE "Credential" SET "appId" = 'alby' WHERE "type" = 'alby_payment';
UPDATE "Credential" SET "appId" = 'closecom' WHERE "type" = 'closecom_crm';
UPDATE "Credential" SET "appId" = 'pipedrive' WHERE "type" = 'pipedrive_crm_crm';
UPDATE "Credential" SET "appId" = 'plausible' WHERE "type" = 'plausible_analytics';
UPDATE "Credential" SET "appId" = 'ga4' WHERE "type" = 'ga4_analytics';
UPDATE "Credential" SET "appId" = 'gtm' WHERE "type" = 'gtm_analytics';
UPDATE "Credential" SET "appId" = 'fathom' WHERE "type" = 'fathom_analytics';
UPDATE "Credential" SET "appId" = 'posthog' WHERE "type" = 'posthog_analytics';
UPDATE "Credential" SET "appId" = 'matomo' WHERE "type" = 'matomo_analytics';

-- Feature flags
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('insights', true, 'Controls insights', 'OPERATIONAL') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('webhooks', false, 'Controls webhooks', 'RELEASE') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('workflows', true, 'Controls workflows', 'EXPERIMENT') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('teams', false, 'Controls teams', 'OPERATIONAL') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('managed-event-types', true, 'Controls managed event types', 'RELEASE') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('booker-layouts', false, 'Controls booker layouts', 'EXPERIMENT') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('google-workspace-directory', true, 'Controls google workspace directory', 'OPERATIONAL') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('disable-signup', false, 'Controls disable signup', 'RELEASE') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('attributes', true, 'Controls attributes', 'EXPERIMENT') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('organizer-request-email-v2', false, 'Controls organizer request email v2', 'OPERATIONAL') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('calendar-cache', true, 'Controls calendar cache', 'RELEASE') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('emails', false, 'Controls emails', 'EXPERIMENT') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('routing-forms', true, 'Controls routing forms', 'OPERATIONAL') ON CONFLICT (slug) DO NOTHING;
INSERT INTO "Feature" (slug, enabled, description, "type") VALUES ('email-verification', false, 'Controls email verification', 'RELEASE') ON CONFLICT (slug) DO NOTHING;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "allowDynamicBooking" BOOLEAN DEFAULT true;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "receiveMonthlyDigestEmail" BOOLEAN DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lockedSMS" BOOLEAN DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "movedToProfileId" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isPlatformManaged" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "isOrganization" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "pendingPayment" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "calVideoLogo" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "appLogo" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "appIconLogo" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "theme" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "darkBrandColor" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "bannerUrl" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "weekStart" TEXT NOT NULL DEFAULT 'Sunday';

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "lockTimeZoneToggleOnBookingPage" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "onlyShowFirstAvailableSlot" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "seatsShowAttendees" BOOLEAN DEFAULT false;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "seatsShowAvailabilityCount" BOOLEAN DEFAULT true;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "durationLimits" JSONB;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "bookingLimits" JSONB;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "assignAllTeamMembers" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "useEventTypeDestinationCalendarEmail" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "secondaryEmailId" INTEGER;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "isInstantEvent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "instantMeetingExpiryTimeOffsetInSeconds" INTEGER NOT NULL DEFAULT 90;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "aiPhoneCallConfig" JSONB;

-- AlterTable
ALTER TABLE "EventType" ADD COLUMN     "rescheduleWithSameRoundRobinHost" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "ratingFeedback" TEXT;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "rating" INTEGER;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "noShowHost" BOOLEAN DEFAULT false;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "oneTimePassword" TEXT;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "reassignReason" TEXT;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "reassignById" INTEGER;

-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN     "phoneNumber" TEXT;

-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN     "noShow" BOOLEAN DEFAULT false;

-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "time" INTEGER;

-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "timeUnit" "TimeUnit";

-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "isActiveOnAll" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "WorkflowStep" ADD COLUMN     "includeCalendarEvent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Credential" ADD COLUMN     "paymentStatus" TEXT DEFAULT 'active';

-- AlterTable
ALTER TABLE "Credential" ADD COLUMN     "billingCycleStart" INTEGER;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "paymentOption" "PaymentOption" DEFAULT 'ON_BOOKING';

-- AlterTable
ALTER TABLE "App" ADD COLUMN     "keys" JSONB;

-- AlterTable
ALTER TABLE "Feature" ADD COLUMN     "updatedBy" INTEGER;

-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Availability" ADD COLUMN     "date" DATE;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "createdAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "updatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "lastUsedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "VerificationToken" ADD COLUMN     "secondaryEmailId" INTEGER;

-- AlterTable
ALTER TABLE "DestinationCalendar" ADD COLUMN     "primaryEmail" TEXT;

-- AlterTable
ALTER TABLE "SelectedCalendar" ADD COLUMN     "googleChannelId" TEXT;

-- AlterTable
ALTER TABLE "SelectedCalendar" ADD COLUMN     "googleChannelKind" TEXT;

-- AlterTable
ALTER TABLE "SelectedCalendar" ADD COLUMN     "googleChannelResourceId" TEXT;

-- AlterTable
ALTER TABLE "SelectedCalendar" ADD COLUMN     "googleChannelExpiration" TEXT;

-- CreateIndex
CREATE INDEX "User_allowDynamicBooking_idx" ON "User"("allowDynamicBooking");

-- CreateIndex
CREATE INDEX "User_movedToProfileId_idx" ON "User"("movedToProfileId");

-- CreateIndex
CREATE INDEX "Team_pendingPayment_idx" ON "Team"("pendingPayment");

-- CreateIndex
CREATE INDEX "Team_appIconLogo_idx" ON "Team"("appIconLogo");

-- CreateIndex
CREATE INDEX "Team_bannerUrl_idx" ON "Team"("bannerUrl");

-- CreateIndex
CREATE INDEX "EventType_onlyShowFirstAvailableSlot_idx" ON "EventType"("onlyShowFirstAvailableSlot");

-- CreateIndex
CREATE INDEX "EventType_durationLimits_idx" ON "EventType"("durationLimits");

-- CreateIndex
CREATE INDEX "EventType_useEventTypeDestinationCalendarEmail_idx" ON "EventType"("useEventTypeDestinationCalendarEmail");

-- CreateIndex
CREATE INDEX "EventType_instantMeetingExpiryTimeOffsetInSeconds_idx" ON "EventType"("instantMeetingExpiryTimeOffsetInSeconds");

-- CreateIndex
CREATE INDEX "Booking_ratingFeedback_idx" ON "Booking"("ratingFeedback");

-- CreateIndex
CREATE INDEX "Booking_oneTimePassword_idx" ON "Booking"("oneTimePassword");

-- CreateIndex
CREATE INDEX "Attendee_phoneNumber_idx" ON "Attendee"("phoneNumber");

-- CreateIndex
CREATE INDEX "Webhook_timeUnit_idx" ON "Webhook"("timeUnit");

-- CreateIndex
CREATE INDEX "Credential_paymentStatus_idx" ON "Credential"("paymentStatus");

-- CreateIndex
CREATE INDEX "App_keys_idx" ON "App"("keys");

-- CreateIndex
CREATE INDEX "Availability_date_idx" ON "Availability"("date");

-- CreateIndex
CREATE INDEX "ApiKey_lastUsedAt_idx" ON "ApiKey"("lastUsedAt");

-- CreateIndex
CREATE INDEX "SelectedCalendar_googleChannelId_idx" ON "SelectedCalendar"("googleChannelId");

-- CreateIndex
CREATE INDEX "SelectedCalendar_googleChannelExpiration_idx" ON "SelectedCalendar"("googleChannelExpiration");

-- DropIndex
DROP INDEX "User_allowDynamicBooking_idx";

-- DropIndex
DROP INDEX "User_movedToProfileId_idx";

-- DropIndex
DROP INDEX "Team_pendingPayment_idx";

-- DropIndex
DROP INDEX "Team_appIconLogo_idx";

-- DropIndex
DROP INDEX "Team_bannerUrl_idx";

-- DropIndex
DROP INDEX "EventType_onlyShowFirstAvailableSlot_idx";

-- DropIndex
DROP INDEX "EventType_durationLimits_idx";

-- DropIndex
DROP INDEX "EventType_useEventTypeDestinationCalendarEmail_idx";

-- DropIndex
DROP INDEX "EventType_instantMeetingExpiryTimeOffsetInSeconds_idx";

-- DropIndex
DROP INDEX "Booking_ratingFeedback_idx";

-- DropIndex
DROP INDEX "Booking_oneTimePassword_idx";

-- DropIndex
DROP INDEX "Attendee_phoneNumber_idx";

-- DropIndex
DROP INDEX "Webhook_timeUnit_idx";

-- DropIndex
DROP INDEX "Credential_paymentStatus_idx";

-- DropIndex
DROP INDEX "App_keys_idx";

-- DropIndex
DROP INDEX "Availability_date_idx";

-- DropIndex
DROP INDEX "ApiKey_lastUsedAt_idx";

-- DropIndex
DROP INDEX "SelectedCalendar_googleChannelId_idx";

-- DropIndex
DROP INDEX "SelectedCalendar_googleChannelExpiration_idx";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "allowDynamicBooking";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "isPlatformManaged";

-- AlterTable
ALTER TABLE "Team" DROP COLUMN "appLogo";

-- AlterTable
ALTER TABLE "Team" DROP COLUMN "bannerUrl";

-- AlterTable
ALTER TABLE "EventType" DROP COLUMN "seatsShowAttendees";

-- AlterTable
ALTER TABLE "EventType" DROP COLUMN "assignAllTeamMembers";

-- AlterTable
ALTER TABLE "EventType" DROP COLUMN "instantMeetingExpiryTimeOffsetInSeconds";

-- AlterTable
ALTER TABLE "Booking" DROP COLUMN "rating";

-- AlterTable
ALTER TABLE "Booking" DROP COLUMN "reassignById";

-- AlterTable
ALTER TABLE "Webhook" DROP COLUMN "timeUnit";

-- AlterTable
ALTER TABLE "Credential" DROP COLUMN "billingCycleStart";

-- AlterTable
ALTER TABLE "Schedule" DROP COLUMN "timeZone";

-- AlterTable
ALTER TABLE "ApiKey" DROP COLUMN "lastUsedAt";

-- AlterTable
ALTER TABLE "SelectedCalendar" DROP COLUMN "googleChannelKind";

