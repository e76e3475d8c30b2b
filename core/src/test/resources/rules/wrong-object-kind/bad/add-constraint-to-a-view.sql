-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" ADD CONSTRAINT "ActiveUser_email_key" UNIQUE ("email");
