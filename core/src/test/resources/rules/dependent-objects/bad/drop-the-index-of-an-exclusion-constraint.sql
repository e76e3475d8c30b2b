CREATE TABLE "Booking" (
    "id" TEXT NOT NULL,
    "during" TSTZRANGE NOT NULL,
    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Booking_during_excl" EXCLUDE USING gist ("during" WITH &&)
);
-- expect: dependent-objects
DROP INDEX "Booking_during_excl";
