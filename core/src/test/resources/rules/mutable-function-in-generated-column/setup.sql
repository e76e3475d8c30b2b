CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);
