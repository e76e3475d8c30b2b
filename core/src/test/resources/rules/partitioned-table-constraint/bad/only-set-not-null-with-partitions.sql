-- expect: partitioned-table-constraint
ALTER TABLE ONLY "Event" ALTER COLUMN "note" SET NOT NULL;
