-- expect: partitioned-table-constraint
CREATE UNIQUE INDEX "Event_id_key" ON "Event"("id");
