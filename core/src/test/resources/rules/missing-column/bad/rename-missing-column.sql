-- expect: missing-column
ALTER TABLE "User" RENAME COLUMN "mail" TO "emailAddress";
