-- expect: drop-cascade
ALTER TABLE "User" DROP COLUMN "role" CASCADE;
-- expect: drop-cascade
DROP TYPE "Role" CASCADE;
