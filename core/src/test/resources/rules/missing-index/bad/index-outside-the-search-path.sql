-- The index lives in "billing", which is not on the search_path: unqualified, PostgreSQL looks only in "public".
-- expect: missing-index
DROP INDEX "Invoice_number_idx";
