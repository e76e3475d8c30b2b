ALTER INDEX "billing"."Invoice_number_idx" RENAME TO "Invoice_number_lookup_idx";
DROP INDEX "billing"."Invoice_number_lookup_idx";
