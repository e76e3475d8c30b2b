ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") NOT VALID;
ALTER TABLE "User" ADD CONSTRAINT "User_score_positive" CHECK ("score" >= 0) NOT VALID;
