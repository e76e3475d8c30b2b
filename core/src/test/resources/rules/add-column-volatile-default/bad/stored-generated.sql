-- expect: add-column-volatile-default
ALTER TABLE "User" ADD COLUMN "emailLower" TEXT GENERATED ALWAYS AS (lower("email")) STORED;
