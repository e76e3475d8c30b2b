-- expect: duplicate-object
CREATE SEQUENCE "invoice_number_seq";
