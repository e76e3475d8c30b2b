-- expect: rename-column-or-table
ALTER TABLE "User" RENAME COLUMN "name" TO "displayName";
