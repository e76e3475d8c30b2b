CREATE INDEX CONCURRENTLY "User_email_idx" ON "User"("email");
