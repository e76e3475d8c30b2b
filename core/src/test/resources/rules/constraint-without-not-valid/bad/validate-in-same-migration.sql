ALTER TABLE "User" ADD CONSTRAINT "User_score_positive" CHECK ("score" >= 0) NOT VALID;
-- expect: constraint-without-not-valid
ALTER TABLE "User" VALIDATE CONSTRAINT "User_score_positive";
