-- expect: wrong-object-kind
DROP TABLE "User_email_idx";
