UPDATE "User" SET "name" = 'anonymous' WHERE "name" IS NULL;
DELETE FROM "Post" WHERE "authorId" IS NULL;
