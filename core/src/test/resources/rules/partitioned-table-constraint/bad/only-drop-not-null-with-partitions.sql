-- expect: partitioned-table-constraint
ALTER TABLE ONLY "Event" ALTER COLUMN "tenantId" DROP NOT NULL;
