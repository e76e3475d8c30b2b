-- expect: unique-violation
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle") NULLS NOT DISTINCT;
