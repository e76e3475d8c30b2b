-- Drops run first, so the new key may even be written before the drop.
ALTER TABLE "User" DROP CONSTRAINT "User_pkey", ADD CONSTRAINT "User_pkey" PRIMARY KEY ("id", "email");
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_new_pkey" PRIMARY KEY ("userId", "teamId", "role"), DROP CONSTRAINT "Membership_pkey";
