-- expect: wrong-object-kind
DROP MATERIALIZED VIEW "ActiveUser";
