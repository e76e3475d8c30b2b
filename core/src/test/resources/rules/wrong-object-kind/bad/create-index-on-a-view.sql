-- expect: wrong-object-kind
CREATE INDEX "ActiveUser_email_idx" ON "ActiveUser"("email");
