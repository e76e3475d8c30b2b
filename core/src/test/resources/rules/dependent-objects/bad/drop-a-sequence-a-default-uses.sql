CREATE SEQUENCE "Post_number_seq";
ALTER TABLE "Post" ADD COLUMN "number" INTEGER NOT NULL DEFAULT nextval('"Post_number_seq"');
-- expect: dependent-objects
DROP SEQUENCE IF EXISTS "Post_number_seq";
