-- expect: duplicate-object
CREATE TYPE "Post" AS ENUM ('A');
