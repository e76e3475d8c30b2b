-- Workouts are listed per user. Built concurrently so that writes go on meanwhile: alone in its migration, which
-- Flyway then runs outside a transaction, under a session-level migration lock (flyway.conf).
CREATE INDEX CONCURRENTLY workout_user_id_idx ON workout (user_id);
