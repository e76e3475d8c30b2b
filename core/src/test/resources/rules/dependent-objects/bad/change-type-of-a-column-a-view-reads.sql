-- expect: dependent-objects
ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE VARCHAR(100);
