-- expect: column-type-without-cast
ALTER TABLE "User" ALTER COLUMN "settings" TYPE JSONB;
