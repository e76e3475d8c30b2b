-- expect: missing-schema
CREATE TABLE "audit"."Event" ("id" TEXT NOT NULL, CONSTRAINT "Event_pkey" PRIMARY KEY ("id"));
