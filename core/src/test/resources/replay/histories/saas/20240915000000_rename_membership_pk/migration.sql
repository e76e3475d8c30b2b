ALTER TABLE "Membership" DROP CONSTRAINT "Membership_pkey",
ADD CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId", "teamId");

ALTER INDEX IF EXISTS "Comment_authorId_idx" RENAME TO "Comment_author_idx";

ALTER TABLE "Team" ADD COLUMN IF NOT EXISTS "slug" TEXT;

CREATE UNIQUE INDEX IF NOT EXISTS "Team_slug_key" ON "Team"("slug");
