-- expect: wrong-object-kind
DROP INDEX "User";
