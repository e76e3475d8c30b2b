-- CreateTable
-- expect: missing-type
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);
