-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "note" TEXT;

-- CreateIndex
CREATE INDEX "Order_status_idx" ON "Order"("status");
