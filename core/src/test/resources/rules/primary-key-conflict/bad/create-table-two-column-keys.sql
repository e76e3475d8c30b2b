-- expect: primary-key-conflict
CREATE TABLE "Tag" ("id" TEXT PRIMARY KEY, "slug" TEXT PRIMARY KEY);
