ALTER TABLE "User" ADD CONSTRAINT "User_name_not_null" CHECK ("name" IS NOT NULL) NOT VALID;
ALTER TABLE "User" VALIDATE CONSTRAINT "User_name_not_null";
-- expect: set-not-null-without-check
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;
