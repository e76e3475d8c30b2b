CREATE INDEX "User_name_idx" ON "User"("name");
CREATE UNIQUE INDEX "UserStats_total_key" ON "UserStats"("total");
CREATE OR REPLACE VIEW "ActiveUser" AS SELECT "id", "email", "name" FROM "User" WHERE "name" IS NOT NULL;
CREATE OR REPLACE VIEW "UserName" AS SELECT "id", "name" FROM "User";
