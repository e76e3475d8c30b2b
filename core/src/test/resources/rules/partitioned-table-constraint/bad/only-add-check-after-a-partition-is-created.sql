CREATE TABLE "Log_info" PARTITION OF "Log" FOR VALUES IN ('info');
-- expect: partitioned-table-constraint
ALTER TABLE ONLY "Log" ADD CONSTRAINT "Log_message_check" CHECK (length("message") < 1000) NOT VALID;
