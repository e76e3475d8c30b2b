DO $$
BEGIN
    ALTER TABLE "User" ADD PRIMARY KEY ("email");
EXCEPTION WHEN invalid_table_definition THEN
    NULL;
END
$$;
