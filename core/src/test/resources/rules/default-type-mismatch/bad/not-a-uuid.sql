-- expect: default-type-mismatch
ALTER TABLE "Account" ADD COLUMN "token" UUID NOT NULL DEFAULT 'pending';
