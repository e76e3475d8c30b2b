-- expect: primary-key-conflict
ALTER TABLE "User" ADD PRIMARY KEY ("email");
