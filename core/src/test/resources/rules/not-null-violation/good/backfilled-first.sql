-- The usual fix: fill the NULLs, then require the column. The target's NULLs are gone by then.
UPDATE "User" SET "email" = "id" || '@example.invalid' WHERE "email" IS NULL;
ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;
