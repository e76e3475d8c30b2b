ALTER TABLE "Product" ADD CONSTRAINT "Product_price_max" CHECK ("price" < 1000);
