-- expect: column-type-without-cast
ALTER TABLE "User" ALTER COLUMN "active" TYPE BOOLEAN;
