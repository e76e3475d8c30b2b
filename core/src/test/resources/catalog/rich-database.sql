-- Every kind of object introspection reads, in two schemas.
CREATE SCHEMA billing;

CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
CREATE DOMAIN billing.positive_amount AS numeric(12, 2) NOT NULL CHECK (VALUE > 0);
CREATE SEQUENCE billing.invoice_number AS integer;

CREATE TABLE users (
    id          serial PRIMARY KEY,
    email       varchar(255) NOT NULL,
    name        text,
    mood        mood DEFAULT 'ok',
    tags        text[] NOT NULL DEFAULT '{}',
    profile     jsonb,
    created_at  timestamp(3) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    email_lower text GENERATED ALWAYS AS (lower(email)) STORED,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_name_check CHECK (name <> '')
);

CREATE TABLE billing.invoices (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id  integer,
    amount   billing.positive_amount,
    number   integer NOT NULL DEFAULT nextval('billing.invoice_number'),
    during   tsrange,
    CONSTRAINT invoices_user_fkey FOREIGN KEY (user_id) REFERENCES users (id)
        ON DELETE CASCADE ON UPDATE SET NULL,
    CONSTRAINT invoices_no_overlap EXCLUDE USING gist (during WITH &&)
);
ALTER TABLE billing.invoices ADD CONSTRAINT invoices_amount_small CHECK (amount < 1000000) NOT VALID;

CREATE INDEX users_lower_email_idx ON users (lower(email));
CREATE INDEX users_created_desc_idx ON users (created_at DESC NULLS LAST, id);
CREATE INDEX users_active_idx ON users (email text_pattern_ops) WHERE name IS NOT NULL;
CREATE INDEX users_profile_idx ON users USING gin (profile jsonb_path_ops);

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE FOREIGN DATA WRAPPER dummy_wrapper;
CREATE SERVER dummy_server FOREIGN DATA WRAPPER dummy_wrapper;
CREATE FOREIGN TABLE remote_things (id integer, label text) SERVER dummy_server;

CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM users;

CREATE FUNCTION add_one(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + 1';
CREATE FUNCTION add_one(bigint, text) RETURNS bigint LANGUAGE sql STABLE AS 'SELECT $1 + 1';
CREATE FUNCTION billing.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE PROCEDURE billing.archive(days integer) LANGUAGE sql AS 'SELECT 1';

CREATE EXTENSION pgcrypto;

CREATE TABLE duplicates (v integer);
INSERT INTO duplicates VALUES (1), (1);
INSERT INTO users (email, name) VALUES ('a@example.com', 'A'), ('b@example.com', 'B');
ANALYZE users;
