CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TYPE "Status" AS ENUM ('DRAFT', 'PUBLISHED');

CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "bio" TEXT,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand, as reporting views usually are.
CREATE VIEW "UserEmails" AS SELECT u."id", u."email" FROM "User" u;

-- Row-level security, as Supabase-style projects write it by hand: one policy on the table's own column, one reading
-- another table in a subquery.
CREATE TABLE "Membership" ("userId" TEXT NOT NULL, "orgId" TEXT NOT NULL);
CREATE TABLE "Document" ("id" TEXT NOT NULL, "ownerId" TEXT NOT NULL, "orgId" TEXT NOT NULL, "body" TEXT);
ALTER TABLE "Document" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "document_owner" ON "Document" USING ("ownerId" = current_setting('app.user_id'));
CREATE POLICY "document_org" ON "Document" FOR SELECT
    USING (EXISTS (SELECT 1 FROM "Membership" m WHERE m."orgId" = "Document"."orgId"
                   AND m."userId" = current_setting('app.user_id')));

-- Ids from uuid-ossp, as Prisma writes @default(dbgenerated("uuid_generate_v4()")).
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TABLE "Session" ("id" UUID NOT NULL DEFAULT uuid_generate_v4(), "token" TEXT NOT NULL);
