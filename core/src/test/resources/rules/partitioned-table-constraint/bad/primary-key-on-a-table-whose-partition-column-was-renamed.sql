ALTER TABLE "Event" RENAME COLUMN "createdAt" TO "occurredAt";
-- expect: partitioned-table-constraint
ALTER TABLE "Event" ADD CONSTRAINT "Event_pkey" PRIMARY KEY ("id");
