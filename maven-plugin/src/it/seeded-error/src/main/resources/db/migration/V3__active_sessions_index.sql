-- Only sessions that have not expired are looked up; index those.
CREATE INDEX CONCURRENTLY session_active_idx ON session (user_id) WHERE expires_at > now();
