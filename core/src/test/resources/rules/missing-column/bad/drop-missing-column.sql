-- expect: missing-column
ALTER TABLE "Post" DROP COLUMN "body";
