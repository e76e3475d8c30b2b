-- expect: wrong-object-kind
DROP TABLE IF EXISTS "invoice_number_seq";
