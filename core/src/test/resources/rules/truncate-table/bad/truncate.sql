-- expect: truncate-table
TRUNCATE "Post";
-- expect: truncate-table
TRUNCATE TABLE "User" CASCADE;
