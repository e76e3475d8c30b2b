-- expect: unique-constraint-without-index
ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");
