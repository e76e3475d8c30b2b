-- expect: wrong-object-kind
ALTER TABLE IF EXISTS "ActiveUser" ADD COLUMN IF NOT EXISTS "email" TEXT;
