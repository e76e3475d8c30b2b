-- Written by hand: Prisma has no syntax for views or CHECK constraints.

-- What each customer still owes; the dunning job reads it.
CREATE VIEW "CustomerBalance" AS
SELECT c."id" AS "customerId",
       COALESCE(SUM(i."amountCents") FILTER (WHERE i."paidAt" IS NULL), 0) AS "openCents"
FROM "Customer" c
LEFT JOIN "Invoice" i ON i."customerId" = c."id"
GROUP BY c."id";

ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_amountCents_positive" CHECK ("amountCents" > 0);
