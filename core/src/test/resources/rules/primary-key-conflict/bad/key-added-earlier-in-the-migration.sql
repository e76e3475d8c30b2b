ALTER TABLE "Event" ADD CONSTRAINT "Event_pkey" PRIMARY KEY ("id");
-- expect: primary-key-conflict
ALTER TABLE "Event" ADD PRIMARY KEY ("name");
