-- expect: duplicate-object
ALTER TABLE "User" ADD COLUMN "email" TEXT;
