CREATE SCHEMA "audit";
CREATE TABLE "audit"."Event" ("id" TEXT NOT NULL, "at" TIMESTAMP(3) NOT NULL);
DROP TABLE "audit"."Event";
DROP SCHEMA "audit";

-- CASCADE takes the schema's objects along, and what stands on them elsewhere: a column of its type, a default
-- drawing from its sequence, a foreign key to its table. The model lets them all go.
CREATE SCHEMA "billing";
CREATE TYPE "billing"."Currency" AS ENUM ('EUR', 'USD');
CREATE SEQUENCE "billing"."invoice_number_seq";
CREATE TABLE "billing"."Invoice" ("id" TEXT NOT NULL, CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id"));
CREATE FUNCTION "billing"."vat"(amount NUMERIC) RETURNS NUMERIC LANGUAGE sql IMMUTABLE AS 'SELECT amount * 0.2';
ALTER TABLE "Post" ADD COLUMN "currency" "billing"."Currency",
    ADD COLUMN "number" BIGINT DEFAULT nextval('billing.invoice_number_seq'),
    ADD COLUMN "invoiceId" TEXT,
    ADD CONSTRAINT "Post_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "billing"."Invoice"("id");
DROP SCHEMA "billing" CASCADE;

CREATE SCHEMA "billing";
CREATE TYPE "billing"."Currency" AS ENUM ('EUR');
CREATE SEQUENCE "billing"."invoice_number_seq";
DROP SEQUENCE "billing"."invoice_number_seq";
CREATE TABLE "billing"."Invoice" ("id" TEXT NOT NULL, CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Post" ADD COLUMN "currency" TEXT,
    ADD CONSTRAINT "Post_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "billing"."Invoice"("id");
DROP TABLE "billing"."Invoice" CASCADE;
DROP TYPE "billing"."Currency";
DROP SCHEMA "billing";
