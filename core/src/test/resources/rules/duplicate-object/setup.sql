CREATE EXTENSION IF NOT EXISTS "citext";
CREATE SCHEMA "audit";
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");
CREATE VIEW "ActiveUser" AS SELECT "id" FROM "User";
CREATE SEQUENCE "invoice_number_seq";
-- Mixed-case keys, which introspection writes quoted ("authorId"), and an expression key.
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
CREATE INDEX "User_lower_email_idx" ON "User"(lower("email"));
