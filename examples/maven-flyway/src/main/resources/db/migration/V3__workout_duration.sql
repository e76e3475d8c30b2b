-- How long each workout took, filled in by the app from now on; older rows stay NULL.
SET lock_timeout = '5s';
ALTER TABLE workout ADD COLUMN duration_minutes integer;
