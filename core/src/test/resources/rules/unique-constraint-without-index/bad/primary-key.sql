ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey";
-- expect: unique-constraint-without-index
ALTER TABLE "Post" ADD CONSTRAINT "Post_pkey" PRIMARY KEY ("id", "title");
