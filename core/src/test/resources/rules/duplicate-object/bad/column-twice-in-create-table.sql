-- expect: duplicate-object
CREATE TABLE "Tag" ("id" TEXT NOT NULL, "name" TEXT, "name" TEXT);
