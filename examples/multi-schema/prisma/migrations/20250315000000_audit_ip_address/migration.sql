-- AlterTable
ALTER TABLE "audit"."AuditEvent" ADD COLUMN     "ipAddress" TEXT;
