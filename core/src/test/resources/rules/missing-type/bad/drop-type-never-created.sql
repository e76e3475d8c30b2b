-- expect: missing-type
DROP TYPE "LegacyStatus";
