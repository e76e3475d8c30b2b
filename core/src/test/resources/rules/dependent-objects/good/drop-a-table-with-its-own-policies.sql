-- Its own policies go with the table; nothing else reads it.
DROP TABLE "Document";
DROP TABLE "Membership";
