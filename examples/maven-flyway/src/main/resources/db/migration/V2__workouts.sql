CREATE TABLE workout (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    started_at timestamptz NOT NULL,
    notes      text
);
