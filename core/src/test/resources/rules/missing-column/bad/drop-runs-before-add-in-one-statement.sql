-- PostgreSQL drops before it adds, whatever the order the actions are written in.
-- expect: missing-column
ALTER TABLE "Post" ADD COLUMN "rank" INTEGER, DROP COLUMN "rank";
