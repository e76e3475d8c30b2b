-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'MEMBER',
    "tags" TEXT[],
    "score" DECIMAL(65,30),
    "seen" TIMESTAMPTZ(6),
    "counter" SERIAL,
    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);
