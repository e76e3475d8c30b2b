-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" ALTER COLUMN "email" SET NOT NULL;
