-- expect: wrong-object-kind
CREATE INDEX ON "invoice_number_seq"("last_value");
