-- DropTable
-- expect: drop-column-or-table
DROP TABLE "Post";
