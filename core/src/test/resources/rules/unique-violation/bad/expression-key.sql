-- expect: unique-violation
CREATE UNIQUE INDEX "User_email_lower_key" ON "User" (lower("email")) WHERE "deletedAt" IS NULL;
