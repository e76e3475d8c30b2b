-- expect: unavailable-extension
DROP EXTENSION "pg_trgm";
