-- AlterTable
-- expect: missing-type
ALTER TABLE "Lesson" ADD COLUMN     "embedding" vector(1536);
