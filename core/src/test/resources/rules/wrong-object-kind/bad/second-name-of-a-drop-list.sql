-- expect: wrong-object-kind
DROP VIEW "ActiveUser", "User";
