-- expect: constraint-without-not-valid
ALTER TABLE "User" ADD CONSTRAINT "User_score_positive" CHECK ("score" >= 0);
