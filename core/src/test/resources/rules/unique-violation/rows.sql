INSERT INTO "User" ("id", "email", "handle", "deletedAt") VALUES
    ('u1', 'Ann@example.com', 'ann', NULL),
    ('u2', 'ann@example.com', 'bob', NULL),
    ('u3', 'cat@example.com', 'cat', '2024-01-01'),
    ('u4', 'cat@example.com', NULL, NULL),
    ('u5', NULL, NULL, NULL);
