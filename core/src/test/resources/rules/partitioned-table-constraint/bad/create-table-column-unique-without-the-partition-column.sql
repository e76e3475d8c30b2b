-- expect: partitioned-table-constraint
CREATE TABLE "Order" ("id" TEXT UNIQUE, "region" TEXT NOT NULL) PARTITION BY LIST ("region");
