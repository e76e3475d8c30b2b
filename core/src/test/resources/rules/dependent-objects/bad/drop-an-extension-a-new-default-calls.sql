ALTER TABLE "Session" ALTER COLUMN "id" SET DEFAULT gen_random_uuid();
CREATE TABLE "ApiKey" ("id" UUID NOT NULL DEFAULT public.uuid_generate_v4(), "name" TEXT);
-- expect: dependent-objects
DROP EXTENSION "uuid-ossp";
