-- expect: foreign-key-violation
ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_editorId_fkey";
