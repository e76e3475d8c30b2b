-- Prisma makes @unique a unique index, and a foreign key can reference it.
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_email_fkey" FOREIGN KEY ("email") REFERENCES "User"("email");

-- DropIndex
-- expect: dependent-objects
DROP INDEX "User_email_key";
