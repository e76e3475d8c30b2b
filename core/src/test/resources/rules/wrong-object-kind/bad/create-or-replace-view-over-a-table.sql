-- expect: wrong-object-kind
CREATE OR REPLACE VIEW "User" AS SELECT 'x'::text AS "id";
