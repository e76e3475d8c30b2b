CREATE TYPE "BookingStatus" AS ENUM ('pending', 'accepted');
ALTER TYPE "BookingStatus" ADD VALUE 'awaiting_payment';
ALTER TYPE "BookingStatus" RENAME VALUE 'pending' TO 'requested';
ALTER TYPE "BookingStatus" RENAME TO "ReservationStatus";
DROP TYPE IF EXISTS "LegacyStatus";
DROP TYPE "ReservationStatus";
