CREATE TABLE app_user (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE session (
    id         uuid        PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    expires_at timestamptz NOT NULL
);
