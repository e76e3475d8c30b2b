INSERT INTO "Product" ("id", "price", "stock") VALUES ('a', 10, 5), ('b', -1, 3), ('c', NULL, -2);
ALTER TABLE "Product" ADD CONSTRAINT "Product_stock_check" CHECK ("stock" >= 0) NOT VALID;
