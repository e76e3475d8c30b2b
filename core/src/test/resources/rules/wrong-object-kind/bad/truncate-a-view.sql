-- expect: wrong-object-kind
TRUNCATE "User", "ActiveUser";
