DROP VIEW "UserEmails";
-- expect: dependent-objects
ALTER TABLE "User" DROP COLUMN "id";
