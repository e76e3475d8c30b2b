-- expect: partitioned-table-constraint
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_email_key" UNIQUE ("tenantId", "email");
