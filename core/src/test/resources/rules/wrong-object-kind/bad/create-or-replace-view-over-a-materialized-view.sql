-- expect: wrong-object-kind
CREATE OR REPLACE VIEW "UserStats" AS SELECT 0::bigint AS "total";
