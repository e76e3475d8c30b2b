-- A view takes a column default, so PostgreSQL names the ADD COLUMN that follows.
-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" ALTER COLUMN "name" SET DEFAULT 'anonymous', ADD COLUMN "role" TEXT;
