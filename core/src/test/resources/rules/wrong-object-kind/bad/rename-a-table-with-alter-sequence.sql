-- expect: wrong-object-kind
ALTER SEQUENCE IF EXISTS "User" RENAME TO "Member";
