-- expect: add-column-volatile-default
ALTER TABLE "Post" ADD COLUMN "seq" SERIAL;
-- expect: add-column-volatile-default
ALTER TABLE "User" ADD COLUMN "number" BIGINT GENERATED ALWAYS AS IDENTITY;
