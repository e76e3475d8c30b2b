CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Tag_slug_key" UNIQUE ("slug")
);
-- CASCADE does not help: the index is the constraint's own.
-- expect: dependent-objects
DROP INDEX "Tag_slug_key" CASCADE;
