-- expect: unique-violation
ALTER TABLE "User" ADD CONSTRAINT "User_email_unique" UNIQUE ("email");
