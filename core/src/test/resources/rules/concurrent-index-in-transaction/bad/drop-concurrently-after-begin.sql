BEGIN;
-- expect: concurrent-index-in-transaction
DROP INDEX CONCURRENTLY "Post_old_idx";
COMMIT;
