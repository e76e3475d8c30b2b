-- expect: rename-column-or-table
ALTER TABLE "Post" RENAME TO "Article";
