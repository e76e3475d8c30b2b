-- expect: column-type-without-cast
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE INTEGER;
