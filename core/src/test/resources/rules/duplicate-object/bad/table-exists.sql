-- expect: duplicate-object
CREATE TABLE "User" ("id" INTEGER NOT NULL);
