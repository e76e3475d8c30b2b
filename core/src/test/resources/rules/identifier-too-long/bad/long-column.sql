-- expect: identifier-too-long
ALTER TABLE "Post" ADD COLUMN "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" TEXT;
