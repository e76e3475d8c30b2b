-- AlterTable
ALTER TABLE "OptimizationLog" ADD COLUMN     "appliedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "OptimizationLog_kind_createdAt_idx" ON "OptimizationLog"("kind", "createdAt");
