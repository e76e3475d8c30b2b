ALTER TABLE "Event" RENAME COLUMN "createdAt" TO "occurredAt";
ALTER TABLE "Event" ADD CONSTRAINT "Event_pkey" PRIMARY KEY ("id", "occurredAt");
