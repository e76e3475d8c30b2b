CREATE TABLE audit_log (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL, code text, note varchar);
