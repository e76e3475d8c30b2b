-- expect: wrong-object-kind
DROP VIEW IF EXISTS "User";
