-- expect: wrong-object-kind
DROP VIEW "UserStats";
