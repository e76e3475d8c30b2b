SET lock_timeout = '5s';
ALTER TABLE "User" ADD COLUMN "nickname" TEXT;
CREATE INDEX "User_name_idx" ON "User"("name");
