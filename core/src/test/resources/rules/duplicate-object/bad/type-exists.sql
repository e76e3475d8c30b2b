-- expect: duplicate-object
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');
