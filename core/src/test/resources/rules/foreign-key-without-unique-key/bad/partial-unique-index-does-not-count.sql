-- expect: foreign-key-without-unique-key
CREATE TABLE "Mention" ("id" TEXT NOT NULL, "handle" TEXT NOT NULL, CONSTRAINT "Mention_handle_fkey" FOREIGN KEY ("handle") REFERENCES "User"("handle"));
