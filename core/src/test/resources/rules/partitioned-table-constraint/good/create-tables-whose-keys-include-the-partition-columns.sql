CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "number" INTEGER NOT NULL UNIQUE,
    CONSTRAINT "Order_pkey" PRIMARY KEY ("id", "createdAt")
);
CREATE TABLE "Ticket" ("id" TEXT PRIMARY KEY, "region" TEXT NOT NULL) PARTITION BY LIST ("id");
CREATE TABLE "Visit" ("id" TEXT NOT NULL, "at" TIMESTAMP(3) NOT NULL, PRIMARY KEY ("at", "id")) PARTITION BY RANGE ("at");
