-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" DROP CONSTRAINT IF EXISTS "ActiveUser_email_key";
