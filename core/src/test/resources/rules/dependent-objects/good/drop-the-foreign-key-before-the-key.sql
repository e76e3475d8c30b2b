ALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";
ALTER TABLE "User" DROP CONSTRAINT "User_pkey";

-- A table referencing itself: the foreign key goes first, in the same statement.
CREATE TABLE "Node" (
    "id" TEXT NOT NULL,
    "parentId" TEXT REFERENCES "Node",
    CONSTRAINT "Node_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "Node" DROP CONSTRAINT "Node_parentId_fkey", DROP CONSTRAINT "Node_pkey";

-- Two keys on the same columns: the foreign key stands on the one created first, the index, so the constraint
-- made after it can go.
CREATE UNIQUE INDEX "User_email_idx" ON "User"("email");
ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Invite_email_fkey" FOREIGN KEY ("email") REFERENCES "User"("email")
);
ALTER TABLE "User" DROP CONSTRAINT "User_email_key";
