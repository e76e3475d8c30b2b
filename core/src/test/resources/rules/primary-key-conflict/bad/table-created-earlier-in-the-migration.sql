CREATE TABLE "Tag" ("id" TEXT NOT NULL, "slug" TEXT NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));
-- expect: primary-key-conflict
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_slug_pkey" PRIMARY KEY ("slug");
