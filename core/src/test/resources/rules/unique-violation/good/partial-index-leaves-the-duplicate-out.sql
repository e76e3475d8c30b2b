CREATE UNIQUE INDEX "User_active_email_key" ON "User"("email") WHERE "deletedAt" IS NULL;
