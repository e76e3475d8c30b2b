-- expect: unavailable-extension
CREATE EXTENSION IF NOT EXISTS "vector";
