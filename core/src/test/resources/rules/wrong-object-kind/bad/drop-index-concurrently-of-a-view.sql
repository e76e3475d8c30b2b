-- expect: wrong-object-kind
DROP INDEX CONCURRENTLY IF EXISTS "ActiveUser";
