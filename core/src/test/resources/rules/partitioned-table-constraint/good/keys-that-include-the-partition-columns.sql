ALTER TABLE "Event" ADD CONSTRAINT "Event_pkey" PRIMARY KEY ("id", "createdAt");
CREATE UNIQUE INDEX "Event_tenantId_id_key" ON "Event"("createdAt", "tenantId", "id");
ALTER TABLE "Account" ADD CONSTRAINT "Account_email_key" UNIQUE ("email", "id", "tenantId");
