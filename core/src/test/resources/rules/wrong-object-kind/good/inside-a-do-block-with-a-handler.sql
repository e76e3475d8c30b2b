DO $$
BEGIN
    DROP TABLE "ActiveUser";
EXCEPTION WHEN wrong_object_type THEN
    DROP VIEW "ActiveUser";
END
$$;
