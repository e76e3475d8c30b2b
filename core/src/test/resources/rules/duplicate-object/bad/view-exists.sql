-- expect: duplicate-object
CREATE VIEW "ActiveUser" AS SELECT "id" FROM "User";
