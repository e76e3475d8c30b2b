-- DropTable
-- expect: dependent-objects
DROP TABLE "User";
