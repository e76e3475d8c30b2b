-- The partition column is only included, not part of the key.
-- expect: partitioned-table-constraint
CREATE UNIQUE INDEX "Event_id_key" ON "Event"("id") INCLUDE ("createdAt");
