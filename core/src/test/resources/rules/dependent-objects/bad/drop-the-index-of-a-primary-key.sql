-- DropIndex
-- expect: dependent-objects
DROP INDEX "Post_pkey";
