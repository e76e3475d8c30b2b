CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST');
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "age" TEXT,
    "score" INTEGER NOT NULL DEFAULT 0,
    "settings" TEXT,
    "active" INTEGER,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "kind" TEXT NOT NULL DEFAULT 'basic',
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
