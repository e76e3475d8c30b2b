-- expect: foreign-key-type-mismatch
CREATE TABLE "Invoice" ("id" TEXT PRIMARY KEY, "userNumber" NUMERIC(10, 0) REFERENCES "User"("number"));
