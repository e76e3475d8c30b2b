CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);
-- expect: dependent-objects
DROP SEQUENCE "Ticket_id_seq";
