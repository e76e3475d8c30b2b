CREATE VIEW "UserEmail" AS SELECT "id", "email" FROM "User";
-- expect: wrong-object-kind
DROP TABLE "UserEmail";
