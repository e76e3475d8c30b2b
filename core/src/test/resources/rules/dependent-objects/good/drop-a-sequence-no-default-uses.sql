CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "Ticket" ALTER COLUMN "id" DROP DEFAULT;
DROP SEQUENCE "Ticket_id_seq";

-- CASCADE drops the default, so a new sequence of the same name has no user.
CREATE SEQUENCE "Post_number_seq";
ALTER TABLE "Post" ADD COLUMN "number" INTEGER DEFAULT nextval('"Post_number_seq"'::regclass);
DROP SEQUENCE "Post_number_seq" CASCADE;
CREATE SEQUENCE "Post_number_seq";
DROP SEQUENCE "Post_number_seq";

-- A sequence named only as text is looked up at each call: nothing depends on it.
CREATE SEQUENCE "Post_code_seq";
ALTER TABLE "Post" ADD COLUMN "code" BIGINT DEFAULT nextval('"Post_code_seq"'::text);
DROP SEQUENCE "Post_code_seq";
ALTER TABLE "Post" DROP COLUMN "code";

-- The serial sequence goes with its column.
CREATE TABLE "ticket" ("id" SERIAL NOT NULL, "title" TEXT);
ALTER TABLE "ticket" DROP COLUMN "id";
CREATE SEQUENCE "ticket_id_seq";
DROP SEQUENCE "ticket_id_seq";
