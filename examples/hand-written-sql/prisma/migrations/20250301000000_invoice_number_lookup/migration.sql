-- Written by hand: invoice numbers are unique.
-- The mistake: without double quotes, PostgreSQL folds Invoice to invoice, and there is no such table.
CREATE UNIQUE INDEX "Invoice_number_key" ON Invoice ("number");
