-- expect: missing-schema
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "extensions";
