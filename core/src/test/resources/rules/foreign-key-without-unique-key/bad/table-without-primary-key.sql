-- expect: foreign-key-without-unique-key
CREATE TABLE "AuditNote" ("id" TEXT NOT NULL, "event" TEXT REFERENCES "AuditLog");
