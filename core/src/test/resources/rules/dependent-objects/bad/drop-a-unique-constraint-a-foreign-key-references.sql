ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Invite_email_fkey" FOREIGN KEY ("email") REFERENCES "User"("email")
);
-- expect: dependent-objects
ALTER TABLE "User" DROP CONSTRAINT "User_email_key";
