-- expect: duplicate-object
ALTER INDEX "User_email_key" RENAME TO "Post_pkey";
