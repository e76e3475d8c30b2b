-- expect: missing-relation
DROP TABLE "LegacyAudit";
