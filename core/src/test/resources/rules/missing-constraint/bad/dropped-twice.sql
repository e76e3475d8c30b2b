ALTER TABLE "Post" DROP CONSTRAINT "Post_score_check";
-- expect: missing-constraint
ALTER TABLE "Post" DROP CONSTRAINT "Post_score_check";
