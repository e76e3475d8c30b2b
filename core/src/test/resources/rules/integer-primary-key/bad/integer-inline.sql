-- expect: integer-primary-key
CREATE TABLE counters (id integer PRIMARY KEY, n bigint NOT NULL);
