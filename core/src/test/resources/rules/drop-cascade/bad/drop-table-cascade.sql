-- expect: drop-cascade
DROP TABLE "Post" CASCADE;
