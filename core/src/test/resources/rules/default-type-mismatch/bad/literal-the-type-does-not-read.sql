-- expect: default-type-mismatch
ALTER TABLE "Account" ALTER COLUMN "credits" SET DEFAULT 'none';
