CREATE TYPE "Kind" AS ENUM ('basic', 'pro');
-- expect: column-type-without-cast
ALTER TABLE "User" ALTER COLUMN "kind" TYPE "Kind" USING "kind"::"Kind";
