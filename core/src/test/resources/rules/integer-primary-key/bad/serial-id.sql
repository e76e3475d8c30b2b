-- expect: integer-primary-key
CREATE TABLE invoice (
    id serial NOT NULL,
    total integer NOT NULL,
    CONSTRAINT invoice_pkey PRIMARY KEY (id)
);
