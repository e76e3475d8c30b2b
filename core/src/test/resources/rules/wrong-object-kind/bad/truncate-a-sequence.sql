-- expect: wrong-object-kind
TRUNCATE TABLE "invoice_number_seq";
