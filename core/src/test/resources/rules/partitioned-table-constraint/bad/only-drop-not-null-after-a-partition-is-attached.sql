CREATE TABLE "Log_warn" (LIKE "Log");
ALTER TABLE "Log" ATTACH PARTITION "Log_warn" FOR VALUES IN ('warn');
-- expect: partitioned-table-constraint
ALTER TABLE ONLY "Log" ALTER COLUMN "level" DROP NOT NULL;
