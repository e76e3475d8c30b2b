-- Written by hand: customers imported without a name get the local part of their e-mail address.
DO $$
BEGIN
    UPDATE "Customer" SET "name" = split_part("email", '@', 1) WHERE "name" = '';
END
$$;
