CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "role" "Role" NOT NULL,
    "joinedOn" DATE NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_number_key" ON "User"("number");
CREATE UNIQUE INDEX "User_code_key" ON "User"("code");
CREATE UNIQUE INDEX "User_role_key" ON "User"("role");
CREATE UNIQUE INDEX "User_joinedOn_key" ON "User"("joinedOn");
