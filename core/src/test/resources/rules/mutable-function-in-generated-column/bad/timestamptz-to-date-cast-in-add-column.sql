-- expect: mutable-function-in-generated-column
ALTER TABLE "Event" ADD COLUMN "day" DATE GENERATED ALWAYS AS ("startsAt"::date) STORED;
