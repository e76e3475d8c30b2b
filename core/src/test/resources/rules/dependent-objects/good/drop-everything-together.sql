DROP VIEW "UserEmails";
DROP TABLE "Post", "User";
DROP TYPE "Role";
