-- umami-style hand-written migrations (lower-case SQL)

-- AlterTable
ALTER TABLE "website_event" ADD COLUMN "visit_id" UUID NULL;

-- update visit_id, one per session and hour
UPDATE "website_event" we
SET visit_id = a.uuid
FROM (SELECT DISTINCT
        s.session_id,
        s.visit_time,
        gen_random_uuid() uuid
    FROM (SELECT DISTINCT session_id,
            date_trunc('hour', created_at) visit_time
        FROM "website_event") s) a
WHERE we.session_id = a.session_id
    and date_trunc('hour', we.created_at) = a.visit_time;

-- ALTER TABLE
ALTER TABLE "website_event" ALTER COLUMN "visit_id" SET NOT NULL;

-- CreateIndex
CREATE INDEX "website_event_visit_id_idx" ON "website_event"("visit_id");

-- CreateIndex
CREATE INDEX "website_event_website_id_visit_id_created_at_idx" ON "website_event"("website_id", "visit_id", "created_at");

-- event data stores typed values
ALTER TABLE "event_data" RENAME COLUMN "event_data_type" TO "data_type";
ALTER TABLE "event_data" RENAME COLUMN "event_key" TO "data_key";
ALTER TABLE "event_data" RENAME COLUMN "event_string_value" TO "string_value";
ALTER TABLE "event_data" RENAME COLUMN "event_numeric_value" TO "number_value";
ALTER TABLE "event_data" RENAME COLUMN "event_date_value" TO "date_value";

-- drop the old key columns
ALTER TABLE "event_data" DROP COLUMN "event_id";

-- extract the utm parameters from the query string
UPDATE "website_event"
SET utm_source = substring(url_query from 'utm_source=([^&]*)'),
    utm_medium = substring(url_query from 'utm_medium=([^&]*)'),
    utm_campaign = substring(url_query from 'utm_campaign=([^&]*)')
WHERE url_query LIKE '%utm_%';

-- events older than the retention period
DELETE FROM "website_event" WHERE created_at < current_date - interval '2 years';
DELETE FROM "event_data" WHERE created_at < current_date - interval '2 years';
DELETE FROM "session" s WHERE NOT EXISTS (SELECT 1 FROM "website_event" e WHERE e.session_id = s.session_id);

-- hostname from the url
UPDATE "website_event" SET hostname = split_part(split_part(url_path, '://', 2), '/', 1) WHERE hostname IS NULL AND url_path LIKE 'http%';

-- reports
ALTER TABLE "report" ALTER COLUMN "parameters" SET DATA TYPE JSONB USING parameters::JSONB;

-- revenue from event data
INSERT INTO "revenue" (revenue_id, website_id, session_id, event_id, event_name, currency, revenue, created_at)
SELECT gen_random_uuid(), ed.website_id, we.session_id, we.event_id, we.event_name, c.string_value, ed.number_value, ed.created_at
FROM event_data ed
JOIN website_event we ON we.event_id = ed.website_event_id
JOIN event_data c ON c.website_event_id = ed.website_event_id AND c.data_key ILIKE '%currency%'
WHERE ed.data_key ILIKE '%revenue%' AND ed.number_value IS NOT NULL;

-- session data can be queried by distinct id
ALTER TABLE "session_data" ADD COLUMN "distinct_id" VARCHAR(50);
CREATE INDEX "session_data_session_id_created_at_idx" ON "session_data"("session_id", "created_at");

-- the default admin user (password: umami)
INSERT INTO "user" (user_id, username, role, password) VALUES ('41e2b680-648e-4b09-bcd7-3e2b10c06264' , 'admin', 'admin', '$2b$10$BUli0c.muyCW1ErNJc3jL.vFRFtFJWrT8/GcR4A.sUdCznaXiqFXa');

-- timestamps with time zone everywhere
ALTER TABLE "website" ALTER COLUMN "created_at" TYPE TIMESTAMPTZ(6) USING "created_at" AT TIME ZONE 'UTC';
ALTER TABLE "team" ALTER COLUMN "created_at" TYPE timestamp with time zone USING created_at AT TIME ZONE 'UTC';

-- days with activity
SELECT website_id, date_trunc('day', created_at AT TIME ZONE 'Europe/Berlin') AS day, count(DISTINCT session_id)
FROM website_event
WHERE created_at BETWEEN '2024-01-01' AND '2024-02-01'
GROUP BY 1, 2
ORDER BY 2 DESC;

-- hour-of-day breakdown
SELECT EXTRACT(HOUR FROM created_at) AS h, count(*) FROM website_event GROUP BY 1;

-- monthly partitions for events
CREATE TABLE "website_event_archive" (LIKE "website_event" INCLUDING ALL) PARTITION BY RANGE (created_at);
CREATE TABLE "website_event_archive_2024_01" PARTITION OF "website_event_archive" FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE "website_event_archive_2024_02" PARTITION OF "website_event_archive" FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE "website_event_archive_default" PARTITION OF "website_event_archive" DEFAULT;

-- speed up the realtime view
CREATE INDEX CONCURRENTLY IF NOT EXISTS website_event_recent_idx ON website_event (website_id, created_at DESC) WHERE event_type = 1;

ANALYZE "website_event";
VACUUM (ANALYZE) "session";
