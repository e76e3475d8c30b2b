-- expect: wrong-object-kind
ALTER TABLE "UserStats" ADD PRIMARY KEY ("total");
