-- expect: duplicate-object
CREATE EXTENSION "citext";
