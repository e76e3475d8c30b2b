-- DropIndex
-- expect: non-concurrent-index
DROP INDEX "Post_authorId_idx";
