-- A new id replaces the old one: dropping the renamed old column takes the key along.
ALTER TABLE "User" RENAME COLUMN "id" TO "legacyId";
ALTER TABLE "User" ADD COLUMN "id" UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE "User" DROP COLUMN "legacyId";
ALTER TABLE "User" ADD CONSTRAINT "User_pkey" PRIMARY KEY ("id");
ALTER TABLE "Membership" ADD PRIMARY KEY ("role"), DROP COLUMN "teamId";
