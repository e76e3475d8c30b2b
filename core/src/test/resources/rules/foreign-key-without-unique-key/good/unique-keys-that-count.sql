-- A primary key, a unique index on plain columns, and keys added by the same statement all count.
CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" TEXT NOT NULL, "authorEmail" TEXT NOT NULL, "parentId" TEXT,
    "tenantId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Post_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Post"("id"));
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorEmail_fkey" FOREIGN KEY ("authorEmail") REFERENCES "User"("email");
ALTER TABLE "Post" ADD CONSTRAINT "Post_author_fkey" FOREIGN KEY ("authorId") REFERENCES "User";
ALTER TABLE "User" ADD CONSTRAINT "User_tenantId_key" UNIQUE ("tenantId"),
    ADD CONSTRAINT "User_self_fkey" FOREIGN KEY ("tenantId") REFERENCES "User"("tenantId");
ALTER TABLE "Post" ADD CONSTRAINT "Post_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "User"("tenantId");
CREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY, "parentId" INTEGER REFERENCES "Tag");
