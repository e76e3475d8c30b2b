-- expect: dependent-objects
DROP TABLE "Membership";
