-- A Supabase-style policy written for a table this database never received.
-- expect: missing-relation
CREATE POLICY "own_profile" ON "Profile" USING ("userId" = current_setting('app.user_id'));
