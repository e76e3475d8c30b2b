-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" VALIDATE CONSTRAINT "ActiveUser_email_check";
