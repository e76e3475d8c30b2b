-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "Session" ADD COLUMN "token" UUID NOT NULL DEFAULT gen_random_uuid();
