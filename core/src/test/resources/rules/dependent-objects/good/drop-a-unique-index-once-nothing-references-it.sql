CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Invite_email_fkey" FOREIGN KEY ("email") REFERENCES "User"("email")
);

-- A second index on the same column: the foreign key stands on the first one, so this one can go.
CREATE UNIQUE INDEX "User_email_idx" ON "User"("email");
DROP INDEX "User_email_idx";

ALTER TABLE "Invite" DROP CONSTRAINT "Invite_email_fkey";
DROP INDEX "User_email_key";

-- CASCADE takes the foreign key along, so its name is free again.
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_email_fkey" FOREIGN KEY ("email") REFERENCES "User"("email");
DROP INDEX "User_email_key" CASCADE;
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_email_fkey" FOREIGN KEY ("email") REFERENCES "User"("email");
