CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "price" DECIMAL(10,2),
    "stock" INTEGER,
    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);
