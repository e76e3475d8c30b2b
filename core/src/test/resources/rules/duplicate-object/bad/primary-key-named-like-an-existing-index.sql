-- expect: duplicate-object
CREATE TABLE "Tag" ("id" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
