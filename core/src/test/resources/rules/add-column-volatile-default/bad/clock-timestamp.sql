-- expect: add-column-volatile-default
ALTER TABLE "Post" ADD COLUMN "importedAt" TIMESTAMPTZ DEFAULT clock_timestamp();
