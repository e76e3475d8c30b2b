-- CreateIndex
-- expect: non-concurrent-index
CREATE INDEX "User_email_idx" ON "User"("email");
