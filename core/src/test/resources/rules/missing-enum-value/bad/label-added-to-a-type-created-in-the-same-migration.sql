-- Even on a type created in the same transaction, a label added by ADD VALUE is unusable until commit.
CREATE TYPE "Visibility" AS ENUM ('PUBLIC');
ALTER TYPE "Visibility" ADD VALUE 'PRIVATE';
-- expect: missing-enum-value
CREATE TABLE "Page" (
    "id" TEXT NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'PRIVATE'
);
