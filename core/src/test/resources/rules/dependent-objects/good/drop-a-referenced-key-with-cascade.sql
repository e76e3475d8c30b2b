-- CASCADE drops "Post_authorId_fkey" too, so its name is free again.
ALTER TABLE "User" DROP CONSTRAINT "User_pkey" CASCADE;
ALTER TABLE "User" ADD CONSTRAINT "User_pkey" PRIMARY KEY ("id");
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");
