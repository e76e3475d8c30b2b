CREATE TYPE "billing"."Plan" AS ENUM ('FREE', 'PRO');
CREATE SCHEMA IF NOT EXISTS "audit";
CREATE TABLE "audit"."Event" ("id" TEXT NOT NULL, CONSTRAINT "Event_pkey" PRIMARY KEY ("id"));
CREATE SEQUENCE "audit"."event_seq";
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "audit";
CREATE TABLE public."Plain" ("id" TEXT NOT NULL);
