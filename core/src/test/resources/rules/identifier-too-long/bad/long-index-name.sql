-- expect: identifier-too-long
CREATE INDEX "User_email_name_createdAt_role_score_legacyCode_covering_search_idx" ON "User"("email", "name");
