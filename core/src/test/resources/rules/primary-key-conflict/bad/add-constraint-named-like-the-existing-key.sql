-- The name is taken too, but PostgreSQL refuses the second key before it names its index.
-- expect: primary-key-conflict
ALTER TABLE "User" ADD CONSTRAINT "User_pkey" PRIMARY KEY ("id");
