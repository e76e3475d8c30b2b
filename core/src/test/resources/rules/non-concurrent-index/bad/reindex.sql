-- expect: non-concurrent-index
REINDEX INDEX "Post_authorId_idx";
-- expect: non-concurrent-index
REINDEX TABLE "User";
