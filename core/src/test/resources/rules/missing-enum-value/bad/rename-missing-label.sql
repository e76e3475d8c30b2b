-- expect: missing-enum-value
ALTER TYPE "Role" RENAME VALUE 'MODERATOR' TO 'MOD';
