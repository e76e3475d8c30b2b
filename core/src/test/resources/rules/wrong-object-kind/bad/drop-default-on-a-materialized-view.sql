-- expect: wrong-object-kind
ALTER TABLE "UserStats" ALTER COLUMN "total" DROP DEFAULT;
