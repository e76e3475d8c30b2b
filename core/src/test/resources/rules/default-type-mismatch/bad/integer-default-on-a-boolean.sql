-- CreateTable
-- expect: default-type-mismatch
CREATE TABLE "Flag" (
    "id" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT 1,
    CONSTRAINT "Flag_pkey" PRIMARY KEY ("id")
);
