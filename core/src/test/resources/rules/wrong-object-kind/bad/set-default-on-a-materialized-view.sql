-- expect: wrong-object-kind
ALTER TABLE "UserStats" ALTER COLUMN "total" SET DEFAULT 0;
