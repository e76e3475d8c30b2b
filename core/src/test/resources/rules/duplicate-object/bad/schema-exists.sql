-- expect: duplicate-object
CREATE SCHEMA "audit";
