CREATE TABLE "Grant" ("role" TEXT NOT NULL);
-- expect: foreign-key-type-mismatch
ALTER TABLE "Grant" ADD FOREIGN KEY ("role") REFERENCES "User"("role");
