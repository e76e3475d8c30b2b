CREATE TABLE "Ok" ("id" TEXT);

-- expect: unparsed-statement
CREATE TABLE WITH NOTHING SENSIBLE ((;
