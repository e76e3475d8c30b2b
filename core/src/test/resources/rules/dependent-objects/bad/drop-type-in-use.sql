-- DropEnum
-- expect: dependent-objects
DROP TYPE "Role";
