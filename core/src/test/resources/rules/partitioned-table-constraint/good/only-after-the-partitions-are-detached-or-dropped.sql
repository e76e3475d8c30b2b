ALTER TABLE "Event" DETACH PARTITION "Event_2024";
ALTER TABLE ONLY "Event" ALTER COLUMN "tenantId" DROP NOT NULL;
DROP TABLE "Account_0", "Account_1";
ALTER TABLE ONLY "Account" ADD CONSTRAINT "Account_email_check" CHECK ("email" <> '');
