-- expect: duplicate-object
ALTER TABLE "User" RENAME COLUMN "email" TO "role";
