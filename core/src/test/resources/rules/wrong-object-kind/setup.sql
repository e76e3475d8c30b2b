CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "User_email_idx" ON "User"("email");
CREATE VIEW "ActiveUser" AS SELECT "id", "email", "name" FROM "User";
CREATE MATERIALIZED VIEW "UserStats" AS SELECT count(*) AS "total" FROM "User";
CREATE SEQUENCE "invoice_number_seq";
