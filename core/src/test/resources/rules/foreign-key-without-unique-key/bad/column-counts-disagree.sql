CREATE TABLE "Membership" ("userId" TEXT NOT NULL, "email" TEXT NOT NULL);
-- expect: foreign-key-without-unique-key
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_user_fkey" FOREIGN KEY ("userId", "email") REFERENCES "User";
