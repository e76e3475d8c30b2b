-- Assignment casts exist (to text through I/O, integer widths), USING converts, and Prisma's enum swap drops the
-- default first.
ALTER TABLE "User" ALTER COLUMN "score" SET DATA TYPE BIGINT;
ALTER TABLE "User" ALTER COLUMN "score" TYPE TEXT;
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE INTEGER USING "age"::integer;
ALTER TABLE "User" ALTER COLUMN "settings" TYPE JSONB USING "settings"::jsonb;
ALTER TABLE "User" ALTER COLUMN "active" TYPE BOOLEAN USING "active" <> 0;
ALTER TYPE "Role" RENAME TO "Role_old";
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role" USING ("role"::text::"Role");
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
DROP TYPE "Role_old";
CREATE TYPE "Kind" AS ENUM ('basic', 'pro');
ALTER TABLE "User" ALTER COLUMN "kind" DROP DEFAULT, ALTER COLUMN "kind" TYPE "Kind" USING "kind"::"Kind";
