-- expect: column-type-rewrite
ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE VARCHAR(100);
-- expect: column-type-rewrite
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(50);
