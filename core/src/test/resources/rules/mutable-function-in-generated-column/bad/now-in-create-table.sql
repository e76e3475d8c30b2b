-- expect: mutable-function-in-generated-column
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "overdue" BOOLEAN GENERATED ALWAYS AS ("dueAt" < now()) STORED,
    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
