-- expect: missing-index
DROP INDEX "Post_title_idx";
