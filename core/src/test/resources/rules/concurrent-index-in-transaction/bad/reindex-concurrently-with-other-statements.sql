-- expect: concurrent-index-in-transaction
REINDEX INDEX CONCURRENTLY "Post_old_idx";
SELECT 1;
