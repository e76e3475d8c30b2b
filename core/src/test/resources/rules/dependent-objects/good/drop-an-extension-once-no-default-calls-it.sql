-- gen_random_uuid() is built in from PostgreSQL 13 on.
ALTER TABLE "Session" ALTER COLUMN "id" SET DEFAULT gen_random_uuid();
DROP EXTENSION "uuid-ossp";
