-- expect: missing-column
CREATE UNIQUE INDEX "User_email_key" ON "User"("Email");
