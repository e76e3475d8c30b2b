-- expect: wrong-object-kind
DROP TABLE "UserStats";
