-- expect: check-violation
ALTER TABLE "Product" VALIDATE CONSTRAINT "Product_stock_check";
