CREATE TABLE "Order" ("id" TEXT NOT NULL, "createdAt" TIMESTAMP(3) NOT NULL) PARTITION BY RANGE ("createdAt");
-- expect: partitioned-table-constraint
ALTER TABLE "Order" ADD CONSTRAINT "Order_pkey" PRIMARY KEY ("id");
