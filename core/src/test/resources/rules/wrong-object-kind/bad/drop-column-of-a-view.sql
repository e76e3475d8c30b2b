-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" DROP COLUMN IF EXISTS "name";
