-- expect: duplicate-object
CREATE INDEX "User_email_key" ON "User"("email");
