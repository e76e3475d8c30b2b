BEGIN;
-- expect: wrong-object-kind
LOCK TABLE "User_email_idx" IN SHARE MODE;
COMMIT;
