CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateTable
CREATE TABLE "audit"."Event" (
    "id" BIGSERIAL NOT NULL,
    "table" TEXT NOT NULL,
    "action" CHAR(1) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "payload" JSONB,
    "day" DATE GENERATED ALWAYS AS (("at" AT TIME ZONE 'UTC')::date) STORED,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Event_action_check" CHECK ("action" IN ('I', 'U', 'D'))
);

-- CreateIndex
CREATE INDEX "Event_day_idx" ON "audit"."Event"("day");
