/*
 * Row level security and grants for the hosted platform.
 * /* nested: written by hand, not by Prisma */
 */

CREATE SCHEMA IF NOT EXISTS "audit";
CREATE SCHEMA IF NOT EXISTS extensions AUTHORIZATION postgres;

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS "vector" WITH SCHEMA public VERSION '0.7.0';
CREATE EXTENSION IF NOT EXISTS postgis CASCADE;

CREATE TABLE audit.logged_actions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schema_name text NOT NULL,
    table_name text NOT NULL,
    user_name text DEFAULT current_user,
    action_tstamp timestamptz NOT NULL DEFAULT now(),
    action char(1) NOT NULL CHECK (action IN ('I', 'D', 'U')),
    original_data jsonb,
    new_data jsonb,
    query text
);

CREATE INDEX logged_actions_action_tstamp_idx ON audit.logged_actions (action_tstamp);
CREATE INDEX logged_actions_action_idx ON audit.logged_actions (action);

CREATE OR REPLACE FUNCTION audit.if_modified_func() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, audit
AS $body$
DECLARE
    v_old_data jsonb;
    v_new_data jsonb;
BEGIN
    IF (TG_OP = 'UPDATE') THEN
        v_old_data := to_jsonb(OLD.*);
        v_new_data := to_jsonb(NEW.*);
        INSERT INTO audit.logged_actions (schema_name, table_name, action, original_data, new_data, query)
        VALUES (TG_TABLE_SCHEMA::text, TG_TABLE_NAME::text, substring(TG_OP, 1, 1), v_old_data, v_new_data, current_query());
        RETURN NEW;
    ELSIF (TG_OP = 'DELETE') THEN
        v_old_data := to_jsonb(OLD.*);
        INSERT INTO audit.logged_actions (schema_name, table_name, action, original_data, query)
        VALUES (TG_TABLE_SCHEMA::text, TG_TABLE_NAME::text, substring(TG_OP, 1, 1), v_old_data, current_query());
        RETURN OLD;
    END IF;
    RETURN NULL;
END;
$body$;

CREATE TRIGGER user_audit AFTER INSERT OR UPDATE OR DELETE ON "User" FOR EACH ROW EXECUTE FUNCTION audit.if_modified_func();

CREATE FUNCTION public.slugify(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT trim(both '-' from regexp_replace(lower(value), '[^a-z0-9]+', '-', 'g')) $$;

CREATE OR REPLACE FUNCTION public.current_tenant() RETURNS uuid
    LANGUAGE sql STABLE
    AS 'SELECT nullif(current_setting(''app.tenant_id'', true), '''')::uuid';

CREATE OR REPLACE FUNCTION public.is_member(team integer, uid integer DEFAULT NULL) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    AS $$ SELECT EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = team AND m."userId" = coalesce(uid, 0) AND m.accepted) $$;

CREATE OR REPLACE FUNCTION public.days_between(a timestamp with time zone, b timestamp with time zone)
RETURNS double precision
IMMUTABLE
LANGUAGE plpgsql
AS $$
BEGIN
  RETURN EXTRACT(EPOCH FROM (b - a)) / 86400.0;
END;
$$;

CREATE OR REPLACE PROCEDURE public.archive_old_events(cutoff date)
LANGUAGE plpgsql
AS $$
BEGIN
  DELETE FROM website_event WHERE created_at < cutoff;
  COMMIT;
END;
$$;

DROP FUNCTION IF EXISTS public.days_between(timestamp with time zone, timestamp with time zone);
DROP FUNCTION public.slugify(text) CASCADE;
DROP PROCEDURE IF EXISTS public.archive_old_events;

ALTER TABLE "Document" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Document" FORCE ROW LEVEL SECURITY;

CREATE POLICY "Document_owner" ON "Document"
    FOR ALL
    TO authenticated
    USING ("userId" = (current_setting('app.user_id'))::integer)
    WITH CHECK ("userId" = (current_setting('app.user_id'))::integer);

CREATE POLICY "Document_team_read" ON "Document" FOR SELECT USING (public.is_member("teamId"));
ALTER POLICY "Document_team_read" ON "Document" RENAME TO "Document_team_select";
DROP POLICY IF EXISTS "Document_team_select" ON "Document";
DROP POLICY "Document_owner" ON "Document";
ALTER TABLE "Document" DISABLE ROW LEVEL SECURITY;

GRANT USAGE ON SCHEMA audit TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA audit TO reporting;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "Document", "Recipient" TO app_user;
GRANT EXECUTE ON FUNCTION public.current_tenant() TO app_user;
REVOKE ALL ON audit.logged_actions FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;

ALTER TABLE "Document" OWNER TO app_owner;
ALTER TABLE audit.logged_actions SET (autovacuum_vacuum_scale_factor = 0.01);
ALTER TABLE audit.logged_actions SET SCHEMA public;
ALTER TABLE public.logged_actions SET SCHEMA audit;

CREATE DOMAIN email_address AS citext CHECK (VALUE ~ '^[^@\s]+@[^@\s]+$');
CREATE DOMAIN positive_int AS integer NOT NULL CHECK (VALUE > 0);
DROP DOMAIN IF EXISTS positive_int;

CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TYPE float_range AS RANGE (subtype = float8, subtype_diff = float8mi);
DROP TYPE float_range;

-- Generated columns
ALTER TABLE "User" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("name", '') || ' ' || coalesce("email", ''))) STORED;
CREATE INDEX "User_searchVector_idx" ON "User" USING gin ("searchVector");

-- Embeddings for similarity search
ALTER TABLE "Template" ADD COLUMN "embedding" vector(1536);
CREATE INDEX "Template_embedding_idx" ON "Template" USING hnsw ("embedding" vector_cosine_ops) WITH (m = 16, ef_construction = 64);

-- Escaped strings
UPDATE "DocumentMeta" SET "message" = E'Hello,\n\nPlease sign the document.\n\tThanks' WHERE "message" IS NULL;
UPDATE "DocumentMeta" SET "subject" = E'It\'s ready: \\o/' WHERE "subject" = '';
UPDATE "DocumentMeta" SET "subject" = 'It''s "ready"' WHERE "subject" IS NULL;
INSERT INTO "SiteSettings" ("id", "enabled", "data") VALUES ('site.banner', false, $json${"content": "Maintenance at 22:00; expect downtime", "bgColor": "#000"}$json$);

-- Transactions
START TRANSACTION ISOLATION LEVEL SERIALIZABLE;
SAVEPOINT before_cleanup;
DELETE FROM "Passkey" WHERE "lastUsedAt" < now() - '1 year'::interval;
ROLLBACK TO SAVEPOINT before_cleanup;
RELEASE SAVEPOINT before_cleanup;
END;
BEGIN TRANSACTION;
ABORT;
BEGIN WORK;
ROLLBACK;

SET SESSION statement_timeout = '15min';
SET TIME ZONE 'UTC';
SET search_path = "$user", public;
SET ROLE app_owner;
RESET ROLE;
RESET ALL;
SET CONSTRAINTS ALL DEFERRED;

REINDEX INDEX CONCURRENTLY "User_email_key";
REINDEX TABLE "Document";

-- DO blocks
DO $$ BEGIN
    CREATE TYPE "Plan" AS ENUM ('free', 'pro', 'business', 'enterprise');
EXCEPTION
    WHEN duplicate_object THEN null;
END $$;

DO $$
BEGIN
  ALTER TABLE "Team" ADD COLUMN "plan" "Plan" NOT NULL DEFAULT 'free';
  CREATE INDEX "Team_plan_idx" ON "Team" ("plan");
EXCEPTION
  WHEN duplicate_column THEN RAISE NOTICE 'column plan already exists';
END;
$$;

DO LANGUAGE plpgsql $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'Team' AND column_name = 'legacyPlan') THEN
    ALTER TABLE "Team" DROP COLUMN "legacyPlan";
  END IF;
END
$$;

DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER TABLE %I OWNER TO app_owner', r.tablename);
  END LOOP;
END $$;

DO $do$
BEGIN
   IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'reporting') THEN
      CREATE ROLE reporting NOLOGIN;
   END IF;
END
$do$;

CREATE ROLE app_user WITH LOGIN PASSWORD 'change-me';
ALTER ROLE app_user SET statement_timeout = '30s';
DROP ROLE IF EXISTS legacy_user;
NOTIFY schema_changed, 'platform_security';
