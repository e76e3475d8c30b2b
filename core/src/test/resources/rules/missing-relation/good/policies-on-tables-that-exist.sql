CREATE TABLE "Profile" ("id" TEXT NOT NULL, "userId" TEXT NOT NULL);
ALTER TABLE "Profile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "own_profile" ON "Profile" USING ("userId" = current_setting('app.user_id'));
ALTER POLICY "own_profile" ON "Profile" RENAME TO "profile_owner";
DROP POLICY "profile_owner" ON "Profile";
DROP POLICY IF EXISTS "profile_owner" ON "Gone";
CREATE POLICY "user_self" ON "User" USING ("id" = current_setting('app.user_id'));
