INSERT INTO "User" ("id", "role", "legacyCode", "zip", "visits", "nick") VALUES
    ('u1', 'USER', '42', '12345', 5, 'ann'),
    ('u2', 'EDITOR', 'x7', '1234567', 3000000000, 'bob'),
    ('u3', 'ADMIN', NULL, NULL, 1, 'cat');
