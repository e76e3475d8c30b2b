ALTER TYPE "Role" ADD VALUE 'ADMIN';
-- expect: new-enum-value-used-in-transaction
UPDATE "User" SET "role" = 'ADMIN' WHERE "email" LIKE '%@corp.example';
