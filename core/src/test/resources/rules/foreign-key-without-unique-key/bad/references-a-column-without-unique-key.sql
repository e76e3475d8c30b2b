CREATE TABLE "Post" ("id" TEXT NOT NULL, "tenantId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
-- expect: foreign-key-without-unique-key
ALTER TABLE "Post" ADD CONSTRAINT "Post_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "User"("tenantId") ON DELETE RESTRICT ON UPDATE CASCADE;
