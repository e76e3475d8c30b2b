DROP VIEW "ActiveUser";
DROP MATERIALIZED VIEW IF EXISTS "UserStats";
DROP INDEX "User_email_idx";
DROP SEQUENCE "invoice_number_seq";
DROP TABLE "User";
