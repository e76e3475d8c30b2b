-- ALTER TABLE on a view may rename it, move it, change its owner and its columns' defaults.
ALTER TABLE "ActiveUser" ALTER COLUMN "name" SET DEFAULT 'anonymous';
ALTER TABLE "ActiveUser" ALTER COLUMN "name" DROP DEFAULT;
ALTER TABLE "ActiveUser" OWNER TO CURRENT_USER;
ALTER TABLE "ActiveUser" RENAME COLUMN "name" TO "displayName";
ALTER TABLE "ActiveUser" RENAME TO "CurrentUser";
CREATE SCHEMA "reporting";
ALTER TABLE "CurrentUser" SET SCHEMA "reporting";
ALTER TABLE "UserStats" RENAME TO "UserTotals";
ALTER TABLE "UserTotals" OWNER TO CURRENT_USER;
ALTER VIEW "reporting"."CurrentUser" RENAME TO "ActiveUser";
ALTER MATERIALIZED VIEW "UserTotals" RENAME TO "UserStats";
