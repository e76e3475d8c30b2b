-- expect: wrong-object-kind
DROP TABLE "ActiveUser";
