-- ALTER INDEX and ALTER TABLE rename a relation of any kind; later statements see the new names.
ALTER INDEX "User" RENAME TO "Member";
CREATE INDEX "Member_name_idx" ON "Member"("name");
ALTER INDEX "ActiveUser" RENAME TO "ActiveMember";
DROP VIEW "ActiveMember";
ALTER TABLE "invoice_number_seq" RENAME TO "invoice_seq";
ALTER SEQUENCE "invoice_seq" RENAME TO "invoice_number_seq";
