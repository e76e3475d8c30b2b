CREATE TABLE "Line" (
    "id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL CHECK ("quantity" > 0),
    "price" INTEGER NOT NULL,
    "discount" INTEGER NOT NULL,
    CHECK ("price" >= 0),
    CHECK ("discount" <= "price")
);
ALTER TABLE "Line" DROP CONSTRAINT "Line_quantity_check";
ALTER TABLE "Line" DROP CONSTRAINT "Line_price_check";
ALTER TABLE "Line" DROP CONSTRAINT "Line_check";
