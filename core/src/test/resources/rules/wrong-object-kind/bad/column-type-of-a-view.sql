-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" ALTER COLUMN "name" TYPE VARCHAR(100);
