-- The partition has the column NOT NULL already, or the table has it NOT NULL: nothing to add to the partitions.
ALTER TABLE ONLY "Event" ALTER COLUMN "label" SET NOT NULL;
ALTER TABLE ONLY "Event" ALTER COLUMN "tenantId" SET NOT NULL;
