BEGIN;
-- expect: wrong-object-kind
LOCK TABLE "UserStats" IN ACCESS EXCLUSIVE MODE;
COMMIT;
