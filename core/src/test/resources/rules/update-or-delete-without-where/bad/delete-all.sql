-- expect: update-or-delete-without-where
DELETE FROM "Post";
