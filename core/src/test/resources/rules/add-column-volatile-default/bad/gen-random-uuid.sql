-- AlterTable
-- expect: add-column-volatile-default
ALTER TABLE "User" ADD COLUMN "publicId" UUID NOT NULL DEFAULT gen_random_uuid();
