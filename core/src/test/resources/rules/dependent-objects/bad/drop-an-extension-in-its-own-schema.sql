CREATE SCHEMA "extensions";
CREATE EXTENSION "hstore" SCHEMA "extensions";
ALTER TABLE "Post" ADD COLUMN "attributes" "extensions"."hstore"[];
-- expect: dependent-objects
DROP EXTENSION IF EXISTS "hstore";
