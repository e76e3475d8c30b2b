-- expect: missing-index
ALTER INDEX "Post_title_idx" RENAME TO "Post_title_key";
