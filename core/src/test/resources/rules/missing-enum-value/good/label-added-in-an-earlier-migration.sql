-- setup.sql committed 'ADMIN' long ago; labels of CREATE TYPE are usable in the same transaction.
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'PRIVATE');
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'ADMIN';
CREATE TABLE "Page" (
    "id" TEXT NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'PRIVATE'
);
