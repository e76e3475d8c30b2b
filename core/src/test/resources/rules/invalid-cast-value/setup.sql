CREATE TYPE "Role" AS ENUM ('USER', 'EDITOR', 'ADMIN', 'GUEST');

CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "legacyCode" TEXT,
    "zip" VARCHAR(20),
    "visits" BIGINT,
    "nick" TEXT,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
