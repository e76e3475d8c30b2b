CREATE SEQUENCE IF NOT EXISTS "invoice_number_seq" START 1000;

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL DEFAULT nextval('invoice_number_seq'),
    "userId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "taxCents" INTEGER NOT NULL DEFAULT 0,
    "totalCents" INTEGER GENERATED ALWAYS AS ("amountCents" + "taxCents") STORED,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Invoice_amountCents_check" CHECK ("amountCents" >= 0) NOT VALID
);

ALTER TABLE "Invoice" VALIDATE CONSTRAINT "Invoice_amountCents_check";

ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE VIEW "PublishedPost" AS SELECT "id", "title", "slug", "authorId" FROM "Post" WHERE "status" = 'PUBLISHED';
