DELETE FROM "User" WHERE "id" = 'u4';
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
