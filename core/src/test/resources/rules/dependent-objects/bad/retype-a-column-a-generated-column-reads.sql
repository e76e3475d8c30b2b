CREATE TABLE "Line" (
    "id" TEXT NOT NULL,
    "price" DECIMAL(10,2) NOT NULL,
    "qty" INTEGER NOT NULL,
    "total" DECIMAL(12,2) GENERATED ALWAYS AS ("price" * "qty") STORED,
    CONSTRAINT "Line_pkey" PRIMARY KEY ("id")
);
-- expect: dependent-objects
ALTER TABLE "Line" ALTER COLUMN "qty" SET DATA TYPE BIGINT;
