-- Written by hand: keep "paidAt" consistent whatever client writes the row.
CREATE FUNCTION "invoice_paid_at_not_in_future"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."paidAt" IS NOT NULL AND NEW."paidAt" > now() THEN
        NEW."paidAt" := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Invoice_paidAt_not_in_future"
BEFORE INSERT OR UPDATE OF "paidAt" ON "Invoice"
FOR EACH ROW EXECUTE FUNCTION "invoice_paid_at_not_in_future"();
