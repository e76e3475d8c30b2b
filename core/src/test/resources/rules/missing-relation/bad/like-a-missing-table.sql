-- expect: missing-relation
CREATE TABLE "AccountCopy" (LIKE "Acount" INCLUDING DEFAULTS);
