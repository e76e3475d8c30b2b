-- The label is there already: IF NOT EXISTS makes this a no-op, so the value is not new.
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'EDITOR';
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'EDITOR';
