-- Written by hand: the support tool reads this view. Prisma does not know it exists.
CREATE VIEW "UserDirectory" AS
SELECT u."id", u."email"
FROM "User" u;
