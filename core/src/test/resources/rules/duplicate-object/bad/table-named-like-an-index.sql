-- expect: duplicate-object
CREATE TABLE "User_email_key" ("id" INTEGER NOT NULL);
