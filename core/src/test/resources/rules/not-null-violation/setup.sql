CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Tag" (
    "label" TEXT
);

CREATE TABLE "Draft" (
    "id" INTEGER
);
