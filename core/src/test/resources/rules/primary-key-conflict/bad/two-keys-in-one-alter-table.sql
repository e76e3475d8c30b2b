-- expect: primary-key-conflict
ALTER TABLE "Event" ADD CONSTRAINT "Event_pkey" PRIMARY KEY ("id"), ADD CONSTRAINT "Event_name_pkey" PRIMARY KEY ("name");
