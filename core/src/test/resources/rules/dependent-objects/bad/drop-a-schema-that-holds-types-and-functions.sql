CREATE SCHEMA "billing";
CREATE TYPE "billing"."Currency" AS ENUM ('EUR', 'USD');
CREATE SEQUENCE "billing"."invoice_number_seq";
CREATE FUNCTION "billing"."vat"(amount NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE AS 'SELECT amount * 0.2';
-- Schemas are dropped in the order named: "empty" would go, "billing" cannot.
CREATE SCHEMA "empty";
-- expect: dependent-objects
DROP SCHEMA IF EXISTS "empty", "billing";
