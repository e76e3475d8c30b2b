-- ALTER TABLE ... RENAME TO renames an index or a sequence as well as a table, and a sequence can be read with
-- SELECT: none of these names is missing.
ALTER TABLE "User_pkey" RENAME TO "User_primary_key";
ALTER INDEX "User_primary_key" RENAME TO "User_pkey";
CREATE SEQUENCE "ticket_seq";
SELECT "last_value" FROM "ticket_seq";
ALTER TABLE "ticket_seq" RENAME TO "ticket_number_seq";
SELECT nextval('"ticket_number_seq"');
DROP SEQUENCE "ticket_number_seq";
