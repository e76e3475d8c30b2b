ALTER TYPE "Role" ADD VALUE 'GUEST' BEFORE 'USER';
-- expect: new-enum-value-used-in-transaction
ALTER TABLE "Post" ADD COLUMN "visibleTo" "Role" NOT NULL DEFAULT 'GUEST';
