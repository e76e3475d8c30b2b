-- expect: missing-schema
CREATE TYPE "Billing"."Plan" AS ENUM ('FREE', 'PRO');
