-- expect: primary-key-conflict
ALTER TABLE "Membership" ADD COLUMN "id" SERIAL PRIMARY KEY;
