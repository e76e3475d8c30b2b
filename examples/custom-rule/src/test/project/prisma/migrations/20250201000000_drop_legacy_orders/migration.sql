-- DropTable
DROP TABLE "LegacyOrder";
