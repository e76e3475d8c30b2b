-- CreateTable
CREATE TABLE "LegacyOrder" (
    "id" SERIAL NOT NULL,
    "payload" TEXT NOT NULL,

    CONSTRAINT "LegacyOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "placedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
