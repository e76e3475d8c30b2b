-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" ADD COLUMN "role" TEXT;
