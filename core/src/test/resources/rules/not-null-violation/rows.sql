INSERT INTO "User" ("id", "email", "name") VALUES ('u1', 'ann@example.com', 'Ann'), ('u2', NULL, 'Bob');
INSERT INTO "Tag" ("label") VALUES ('news'), (NULL);
