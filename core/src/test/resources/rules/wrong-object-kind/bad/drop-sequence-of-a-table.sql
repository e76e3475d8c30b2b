-- expect: wrong-object-kind
DROP SEQUENCE "User";
