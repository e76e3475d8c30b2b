-- expect: partitioned-table-constraint
CREATE UNIQUE INDEX "Event_id_key" ON ONLY "Event"("id");
