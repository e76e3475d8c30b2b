-- expect: missing-type
ALTER TYPE "BookingStatus" ADD VALUE 'awaiting_payment';
