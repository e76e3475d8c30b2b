-- expect: duplicate-object
CREATE INDEX "User_id_seq" ON "User"("id");
