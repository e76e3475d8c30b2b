DROP EXTENSION "uuid-ossp" CASCADE;
-- The default went with it; the column stays.
ALTER TABLE "Session" ALTER COLUMN "id" SET DEFAULT gen_random_uuid();
INSERT INTO "Session" ("token") VALUES ('t');
