-- expect: duplicate-object
ALTER TABLE "Post" RENAME TO "User";
