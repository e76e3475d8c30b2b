-- Integer widths compare directly, as do date and timestamp; text and varchar convert implicitly.
CREATE TABLE "Order" ("id" TEXT PRIMARY KEY, "userNumber" BIGINT REFERENCES "User"("number"),
    "userNumberSmall" SMALLINT REFERENCES "User"("number"), "userCode" TEXT REFERENCES "User"("code"),
    "joinedAt" TIMESTAMP(3) REFERENCES "User"("joinedOn"), "userId" UUID REFERENCES "User",
    "role" "Role" REFERENCES "User"("role"));
CREATE TABLE "Big" ("id" BIGINT PRIMARY KEY, "code" CHAR(12));
CREATE TABLE "Small" ("bigId" INTEGER REFERENCES "Big", "total" NUMERIC);
ALTER TABLE "Small" ADD COLUMN "numberRef" INTEGER, ADD FOREIGN KEY ("numberRef") REFERENCES "User"("number");
CREATE TABLE "Price" ("amount" NUMERIC PRIMARY KEY);
CREATE TABLE "Line" ("amount" INTEGER REFERENCES "Price");
