-- expect: wrong-object-kind
CREATE INDEX IF NOT EXISTS "User_email_idx2" ON "User_email_idx"("email");
